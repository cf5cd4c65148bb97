// The select module: poll objects (register, unregister, modify, poll,
// ipoll) and select(), over the VM's streams: io files, StringIO and
// BytesIO, sys.stdin/stdout/stderr, and objects with MicroPython's stream
// protocol method ioctl(3, events) (3: MP_STREAM_POLL), which answers the
// events that are ready. asyncio's IO queue is built on this.
//
// As in CircuitPython, poll() and ipoll() report the registered objects
// themselves (CPython reports file descriptors); POLLERR, POLLHUP and
// POLLNVAL are reported whatever the mask. The timeout is in milliseconds;
// None or a negative one waits for ever. As in CPython, modify() and
// unregister() of an object that is not registered raise (OSError ENOENT,
// KeyError). While nothing is ready the wait sleeps in short steps through
// the Platform and answers KeyboardInterrupt.
#include <cmath>

#include "cpy/vm/vfs.h"
#include "runtime.h"
#include "stream_poll.h"

namespace cpy::vm {

namespace {

constexpr uint32_t kPollTag = 0x504f4c4c;  // 'POLL'
constexpr intptr_t kStreamPollIoctl = 3;   // MicroPython's MP_STREAM_POLL
constexpr uint64_t kStepNs = 5000000;      // longest sleep between checks: 5 ms

/// A poll object: [entries] is a list of (object, event mask) pairs, kept
/// flat: object, mask, object, mask ..., in registration order.
struct PollObj : NativeObj {
  Value entries;
};

PollObj* poll_self(Vm& vm, Value v) {
  PollObj* p = native_self<PollObj>(vm, v, kPollTag);
  if (!p) (void)raise(vm, Exc::TypeError, "not a poll object");
  return p;
}

/// The events [obj] is ready for (of every kind; the caller masks them).
Status ready_events(Vm& vm, Value obj, uint32_t mask, uint32_t* out) {
  if (io_stream_ready(vm, obj, out) || sys_stdio_ready(vm, obj, out)) return Status::kOk;
  Value q = CPY_VM_TRY(intern(vm, "ioctl"));
  Value a[2] = {Value::small_int(kStreamPollIoctl), Value::small_int(intptr_t(mask))};
  Value r;
  bool found = false;
  CPY_VM_CHECK(call_method(vm, obj, q.qstr_id(), 2, a, &r, &found));
  if (!found) return raise(vm, Exc::TypeError, "argument must be an int, or have a fileno() method.");
  intptr_t v = 0;
  if (!r.is_none()) CPY_VM_CHECK(get_int(vm, r, &v));
  *out = uint32_t(v);
  return Status::kOk;
}

/// Reported events: what is ready and wanted, plus the conditions always reported.
uint32_t reported(uint32_t ready, uint32_t mask) { return ready & (mask | kPollErr | kPollHup | kPollNval); }

/// A timeout in milliseconds (None or negative: -1, for ever); floats round up.
Status timeout_ms(Vm& vm, Value v, double scale, int64_t* out) {
  *out = -1;
  if (v.is_none()) return Status::kOk;
  double d;
  if (is_int(vm, v)) {
    intptr_t i;
    CPY_VM_CHECK(get_int(vm, v, &i));
    d = double(i);
  } else {
    CPY_VM_CHECK(get_float(vm, v, &d));
  }
  if (std::isnan(d)) return raise(vm, Exc::ValueError, "Invalid value NaN (not a number)");
  d *= scale;
  if (d < 0) return Status::kOk;
  *out = d > 9e15 ? int64_t(9e15) : int64_t(std::ceil(d));
  return Status::kOk;
}

uint64_t now_ns() {
  const Platform& p = platform();
  return p.monotonic_ns ? p.monotonic_ns(p.context) : 0;
}

/// Waits a little (at most [ns]) while nothing is ready; KeyboardInterrupt
/// when one was requested.
Status wait_step(Vm& vm, uint64_t ns) {
  if (vm.interrupt_requested) return poll(vm);
  if (ns > kStepNs) ns = kStepNs;
  const Platform& p = platform();
  if (p.sleep_ns) {
    p.sleep_ns(p.context, ns);
  } else if (p.monotonic_ns) {
    uint64_t end = p.monotonic_ns(p.context) + ns;
    while (p.monotonic_ns(p.context) < end && !vm.interrupt_requested) {
    }
  }
  return vm.interrupt_requested ? poll(vm) : Status::kOk;
}

/// True once [ms] milliseconds (negative: never) have passed since [start];
/// otherwise [*left] is the time left in ns.
bool expired(uint64_t start, int64_t ms, uint64_t* left) {
  if (ms < 0) {
    *left = kStepNs;
    return false;
  }
  uint64_t now = now_ns(), end = start + uint64_t(ms) * 1000000u;
  if (now >= end) return true;
  *left = end - now;
  return false;
}

/// Whether [obj] can be polled at all (checked when it is registered).
Status check_pollable(Vm& vm, Value obj) {
  uint32_t ready;
  if (io_stream_ready(vm, obj, &ready) || sys_stdio_ready(vm, obj, &ready)) return Status::kOk;
  Value q = CPY_VM_TRY(intern(vm, "ioctl"));
  Value m;
  CPY_VM_CHECK(get_attr_maybe(vm, obj, q.qstr_id(), &m));
  if (m.is_null()) return raise(vm, Exc::TypeError, "argument must be an int, or have a fileno() method.");
  return Status::kOk;
}

Status poll_new(Vm& vm, const Args& args, Value* out) {
  if (args.n > 1 || args.n_kw) return raise(vm, Exc::TypeError, "poll() takes no arguments");
  Value list = CPY_VM_TRY(new_list(vm, 0));
  auto* p = new_native_obj<PollObj>(vm, args[0].as<Type>(), kPollTag);
  if (!p) return Status::kRaised;
  p->entries = list;
  *out = Value::object(p);
  return Status::kOk;
}

/// Index of [obj] in the flat entries list, or -1.
intptr_t find_entry(PollObj* p, Value obj) {
  List* l = p->entries.as<List>();
  for (size_t i = 0; i + 1 < l->size; i += 2) {
    if (l->items[i] == obj) return intptr_t(i);
  }
  return -1;
}

Status get_mask(Vm& vm, const Args& args, size_t i, Value* mask) {
  Value m = arg_or_kw(vm, args, i, "eventmask", Value::null());
  if (m.is_null()) {
    *mask = Value::small_int(kPollIn | kPollOut);
    return Status::kOk;
  }
  intptr_t v;
  CPY_VM_CHECK(get_int(vm, m, &v));
  if (v < 0 || v > 0xffff) return raise(vm, Exc::OverflowError, "eventmask out of range");
  *mask = Value::small_int(v);
  return Status::kOk;
}

Status p_register(Vm& vm, const Args& args, Value* out) {
  if (!poll_self(vm, args[0])) return Status::kRaised;
  Value mask;
  CPY_VM_CHECK(get_mask(vm, args, 2, &mask));
  CPY_VM_CHECK(check_pollable(vm, args[1]));
  // Registering twice replaces the mask, as in CPython.
  PollObj* p = args[0].as<PollObj>();
  intptr_t at = find_entry(p, args[1]);
  if (at >= 0) {
    p->entries.as<List>()->items[at + 1] = mask;
  } else {
    CPY_VM_CHECK(list_append(vm, p->entries, args[1]));
    CPY_VM_CHECK(list_append(vm, args[0].as<PollObj>()->entries, mask));
  }
  *out = Value::none();
  return Status::kOk;
}

Status p_modify(Vm& vm, const Args& args, Value* out) {
  if (!poll_self(vm, args[0])) return Status::kRaised;
  Value mask;
  CPY_VM_CHECK(get_mask(vm, args, 2, &mask));
  PollObj* p = args[0].as<PollObj>();
  intptr_t at = find_entry(p, args[1]);
  if (at < 0) return raise_oserror(vm, 2);
  p->entries.as<List>()->items[at + 1] = mask;
  *out = Value::none();
  return Status::kOk;
}

Status p_unregister(Vm& vm, const Args& args, Value* out) {
  PollObj* p = poll_self(vm, args[0]);
  if (!p) return Status::kRaised;
  intptr_t at = find_entry(p, args[1]);
  if (at < 0) return raise_with(vm, Exc::KeyError, args[1]);
  List* l = p->entries.as<List>();
  for (size_t i = size_t(at); i + 2 < l->size; ++i) l->items[i] = l->items[i + 2];
  l->size -= 2;
  l->items[l->size] = l->items[l->size + 1] = Value::null();
  *out = Value::none();
  return Status::kOk;
}

/// poll([timeout]) and ipoll([timeout[, flags]]): a list of (object, events)
/// tuples; with flags & 1 (one-shot) a reported object's mask becomes 0.
Status do_poll(Vm& vm, const Args& args, bool ipoll, Value* out) {
  if (!poll_self(vm, args[0])) return Status::kRaised;
  int64_t ms = -1;
  Value t = arg_or_kw(vm, args, 1, "timeout", Value::none());
  CPY_VM_CHECK(timeout_ms(vm, t, 1.0, &ms));
  intptr_t flags = 0;
  if (ipoll && args.n > 2) CPY_VM_CHECK(get_int(vm, args[2], &flags));
  uint64_t start = now_ns();
  Value result = CPY_VM_TRY(new_list(vm, 0));
  for (;;) {
    // The list may change under a user ioctl: index it afresh each time.
    for (size_t i = 0; i + 1 < args[0].as<PollObj>()->entries.as<List>()->size; i += 2) {
      List* l = args[0].as<PollObj>()->entries.as<List>();
      Value obj = l->items[i];
      uint32_t mask = uint32_t(l->items[i + 1].small_int_value());
      uint32_t ready = 0;
      CPY_VM_CHECK(ready_events(vm, obj, mask, &ready));
      uint32_t ev = reported(ready, mask);
      if (!ev) continue;
      Value pair[2] = {obj, Value::small_int(intptr_t(ev))};
      Value tup = CPY_VM_TRY(new_tuple(vm, 2, pair));
      CPY_VM_CHECK(list_append(vm, result, tup));
      if (flags & 1) {
        l = args[0].as<PollObj>()->entries.as<List>();
        if (i + 1 < l->size && l->items[i] == obj) l->items[i + 1] = Value::small_int(0);
      }
    }
    uint64_t left = 0;
    if (result.as<List>()->size || expired(start, ms, &left)) break;
    CPY_VM_CHECK(wait_step(vm, left));
  }
  *out = result;
  return Status::kOk;
}

Status p_poll(Vm& vm, const Args& args, Value* out) { return do_poll(vm, args, false, out); }
Status p_ipoll(Vm& vm, const Args& args, Value* out) { return do_poll(vm, args, true, out); }

/// select(rlist, wlist, xlist[, timeout]): the ready objects of each list
/// (timeout in seconds; None waits for ever).
Status s_select(Vm& vm, const Args& args, Value* out) {
  Value lists[3];
  for (int k = 0; k < 3; ++k) CPY_VM_CHECK(list_from_iter(vm, args[size_t(k)], &lists[k]));
  int64_t ms = -1;
  if (args.n > 3) CPY_VM_CHECK(timeout_ms(vm, args[3], 1000.0, &ms));
  static const uint32_t kWant[3] = {kPollIn, kPollOut, kPollErr};
  uint64_t start = now_ns();
  Value res[3];
  for (;;) {
    size_t found = 0;
    for (int k = 0; k < 3; ++k) {
      res[k] = CPY_VM_TRY(new_list(vm, 0));
      for (size_t i = 0; i < lists[k].as<List>()->size; ++i) {
        Value obj = lists[k].as<List>()->items[i];
        uint32_t ready = 0;
        CPY_VM_CHECK(ready_events(vm, obj, kWant[k], &ready));
        if (ready & kPollNval) return raise(vm, Exc::ValueError, "I/O operation on closed file");
        // Readers also wake on an error or a hang-up, as with POSIX select;
        // the exceptional list reports errors only.
        uint32_t want = k == 0 ? (kPollIn | kPollErr | kPollHup) : k == 1 ? (kPollOut | kPollErr) : kPollErr;
        if (ready & want) {
          CPY_VM_CHECK(list_append(vm, res[k], obj));
          ++found;
        }
      }
    }
    uint64_t left = 0;
    if (found || expired(start, ms, &left)) break;
    CPY_VM_CHECK(wait_step(vm, left));
  }
  *out = CPY_VM_TRY(new_tuple(vm, 3, res));
  return Status::kOk;
}

bool init_module(Vm& vm, Module*, Value g) {
  Type* t = new_native_class(vm, "poll");
  if (!t || !put(vm, g, "poll", Value::object(t))) return false;
  return add_special(vm, t, "__new__", &poll_new, 1, 2, true) && add_method(vm, t, "register", &p_register, 2, 3, true) &&
         add_method(vm, t, "modify", &p_modify, 3, 3) && add_method(vm, t, "unregister", &p_unregister, 2, 2) &&
         add_method(vm, t, "poll", &p_poll, 1, 2, true) && add_method(vm, t, "ipoll", &p_ipoll, 1, 3) &&
         add_fn(vm, g, "select", &s_select, 3, 4) && put(vm, g, "POLLIN", Value::small_int(kPollIn)) &&
         put(vm, g, "POLLOUT", Value::small_int(kPollOut)) && put(vm, g, "POLLERR", Value::small_int(kPollErr)) &&
         put(vm, g, "POLLHUP", Value::small_int(kPollHup)) && put(vm, g, "POLLNVAL", Value::small_int(kPollNval));
}
}  // namespace

const ModuleDef kModule_select{nullptr, 0, &init_module};

}  // namespace cpy::vm
