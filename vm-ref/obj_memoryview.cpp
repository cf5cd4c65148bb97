// memoryview and the buffer protocol: the memory of bytes, bytearray,
// array.array and memoryview seen through one description (BufferInfo).
//
// A view shares its owner's memory: slices are views too (any step), and
// stores into a view of a bytearray or array change the owner. Item codes
// are array's (b B h H i I l L q Q f d). The class is made the first time
// the builtin name is looked up.
#include <cstring>

#include "buffer.h"

namespace cpy::vm {

namespace {

// The bytes of [owner] (bytes, bytearray or array) as they are now.
uint8_t* owner_bytes(Vm& vm, Value owner, size_t* size) {
  if (ArrayObj* a = native_self<ArrayObj>(vm, owner, kArrayTag)) {
    *size = a->len * item_size(a->code);
    return a->items;
  }
  std::string_view s = bytes_view(vm, owner);
  *size = s.size();
  return reinterpret_cast<uint8_t*>(const_cast<char*>(s.data()));
}

MemoryviewObj* mv_any(Vm& vm, Value v) { return native_self<MemoryviewObj>(vm, v, kMemoryviewTag); }

Status released_error(Vm& vm) { return raise(vm, Exc::ValueError, "operation forbidden on released memoryview object"); }

// [self]'s memory; raises when it is not a live memoryview.
Status mv_info(Vm& vm, Value self, BufferInfo* b) {
  if (!mv_any(vm, self)) return raise(vm, Exc::TypeError, "not a memoryview");
  bool found;
  return buffer_of(vm, self, b, &found);
}

Status mv_make(Vm& vm, Type* type, const BufferInfo& b, Value* out) {
  Value owner = b.owner;
  auto* m = new_native_obj<MemoryviewObj>(vm, type, kMemoryviewTag);
  if (!m) return Status::kRaised;
  m->owner = owner;
  m->offset = b.offset;
  m->len = b.len;
  m->step = b.step;
  m->format = b.format;
  m->readonly = b.readonly;
  *out = Value::object(m);
  return Status::kOk;
}

Status mv_new(Vm& vm, const Args& args, Value* out) {
  BufferInfo b;
  bool found;
  CPY_VM_CHECK(buffer_of(vm, args[1], &b, &found));
  if (!found) return raise(vm, Exc::TypeError, "memoryview: a bytes-like object is required, not '%T'", args[1]);
  return mv_make(vm, args[0].as<Type>(), b, out);
}

// An item index (normalised and checked) or a slice ([*is_slice]).
Status mv_key(Vm& vm, Value key, const BufferInfo& b, intptr_t* start, intptr_t* step, intptr_t* count,
              bool* is_slice) {
  *is_slice = is_obj_of(key, vm.t_slice);
  if (*is_slice) {
    intptr_t stop;
    return slice_indices(vm, key, intptr_t(b.len), start, &stop, step, count);
  }
  if (!is_int(vm, key) && !(kind_of(vm, key) == Kind::kInstance && user_method(vm, key, vm.q.index).is_object())) {
    return raise(vm, Exc::TypeError, "memoryview: invalid slice key");
  }
  intptr_t i;
  CPY_VM_CHECK(get_int(vm, key, &i));
  if (i < 0) i += intptr_t(b.len);
  if (i < 0 || size_t(i) >= b.len) return raise(vm, Exc::IndexError, "index out of bounds on dimension 1");
  *start = i;
  return Status::kOk;
}

Status mv_getitem(Vm& vm, const Args& args, Value* out) {
  BufferInfo b;
  CPY_VM_CHECK(mv_info(vm, args[0], &b));
  intptr_t start, step, count;
  bool is_slice;
  CPY_VM_CHECK(mv_key(vm, args[1], b, &start, &step, &count, &is_slice));
  CPY_VM_CHECK(mv_info(vm, args[0], &b));  // an __index__ call may have moved the memory
  if (!is_slice) return item_load(vm, b.format, b.data + start * b.step, out);
  b.offset = size_t(intptr_t(b.offset) + start * b.step);
  b.len = size_t(count);
  b.step *= step;
  return mv_make(vm, args[0].as<Obj>()->type, b, out);
}

Status mv_setitem(Vm& vm, const Args& args, Value* out) {
  BufferInfo b;
  CPY_VM_CHECK(mv_info(vm, args[0], &b));
  *out = Value::none();
  if (b.readonly) return raise(vm, Exc::TypeError, "cannot modify read-only memory");
  intptr_t start, step, count;
  bool is_slice;
  CPY_VM_CHECK(mv_key(vm, args[1], b, &start, &step, &count, &is_slice));
  CPY_VM_CHECK(mv_info(vm, args[0], &b));
  if (!is_slice) return item_store(vm, b.format, b.data + start * b.step, args[2], true);
  BufferInfo src;
  bool found;
  CPY_VM_CHECK(buffer_of(vm, args[2], &src, &found));
  if (!found) return raise(vm, Exc::TypeError, "a bytes-like object is required, not '%T'", args[2]);
  if (src.format != b.format || src.len != size_t(count)) {
    return raise(vm, Exc::ValueError, "memoryview assignment: lvalue and rvalue have different structures");
  }
  // Through a copy: the source may overlap the destination.
  Buf copy(vm);
  CPY_VM_CHECK(buffer_copy(vm, args[2], copy, &found));
  if (copy.failed) return Status::kRaised;
  CPY_VM_CHECK(mv_info(vm, args[0], &b));
  for (intptr_t k = 0; k < count; ++k) {
    std::memcpy(b.data + (start + k * step) * b.step, copy.data + size_t(k) * b.itemsize, b.itemsize);
  }
  return Status::kOk;
}

Status mv_delitem(Vm& vm, const Args&, Value*) { return raise(vm, Exc::TypeError, "cannot delete memory"); }

Status mv_len(Vm& vm, const Args& args, Value* out) {
  BufferInfo b;
  CPY_VM_CHECK(mv_info(vm, args[0], &b));
  *out = Value::small_int(intptr_t(b.len));
  return Status::kOk;
}

Status mv_iter(Vm& vm, const Args& args, Value* out) {
  BufferInfo b;
  CPY_VM_CHECK(mv_info(vm, args[0], &b));
  *out = CPY_VM_TRY(new_iterator(vm, IterKind::kGetitem, args[0]));
  return Status::kOk;
}

// Views compare by item values, whatever the formats, as CPython's do.
Status mv_eq(Vm& vm, const Args& args, Value* out) {
  // A view equals itself, released or not (CPython's memoryview does so).
  *out = Value::boolean(args[0] == args[1]);
  if (args[0] == args[1]) return Status::kOk;
  MemoryviewObj* self = mv_any(vm, args[0]);
  MemoryviewObj* other = mv_any(vm, args[1]);
  if (!self || self->released || (other && other->released)) return Status::kOk;
  BufferInfo a, b;
  bool found;
  CPY_VM_CHECK(buffer_of(vm, args[1], &b, &found));
  if (!found) {
    *out = Value::not_implemented();
    return Status::kOk;
  }
  CPY_VM_CHECK(buffer_of(vm, args[0], &a, &found));
  if (a.len != b.len) return Status::kOk;
  for (size_t i = 0; i < a.len; ++i) {
    CPY_VM_CHECK(buffer_of(vm, args[0], &a, &found));
    CPY_VM_CHECK(buffer_of(vm, args[1], &b, &found));
    Value x, y;
    CPY_VM_CHECK(item_load(vm, a.format, a.data + intptr_t(i) * a.step, &x));
    CPY_VM_CHECK(item_load(vm, b.format, b.data + intptr_t(i) * b.step, &y));
    bool e;
    CPY_VM_CHECK(equal(vm, x, y, &e));
    if (!e) return Status::kOk;
  }
  *out = Value::true_value();
  return Status::kOk;
}

Status mv_tobytes(Vm& vm, const Args& args, Value* out) {
  BufferInfo b;
  CPY_VM_CHECK(mv_info(vm, args[0], &b));
  Buf buf(vm);
  bool found;
  CPY_VM_CHECK(buffer_copy(vm, args[0], buf, &found));
  *out = CPY_VM_TRY(buf.finish(true));
  return Status::kOk;
}

Status mv_tolist(Vm& vm, const Args& args, Value* out) {
  BufferInfo b;
  CPY_VM_CHECK(mv_info(vm, args[0], &b));
  Value list = CPY_VM_TRY(new_list(vm, 0));
  for (size_t i = 0; i < b.len; ++i) {
    CPY_VM_CHECK(mv_info(vm, args[0], &b));
    Value v;
    CPY_VM_CHECK(item_load(vm, b.format, b.data + intptr_t(i) * b.step, &v));
    CPY_VM_CHECK(list_append(vm, list, v));
  }
  *out = list;
  return Status::kOk;
}

Status mv_hex(Vm& vm, const Args& args, Value* out) {
  BufferInfo b;
  CPY_VM_CHECK(mv_info(vm, args[0], &b));
  std::string_view sep;
  if (args.n > 1) {
    if (!is_str(vm, args[1])) return raise(vm, Exc::TypeError, "sep must be str or bytes.");
    sep = str_view(vm, args[1]);
    if (sep.size() != 1) return raise(vm, Exc::ValueError, "sep must be length 1.");
  }
  Buf data(vm);
  bool found;
  CPY_VM_CHECK(buffer_copy(vm, args[0], data, &found));
  Buf text(vm);
  for (size_t i = 0; i < data.size; ++i) {
    auto c = static_cast<unsigned char>(data.data[i]);
    if (i) text.add(sep);
    text.add_char("0123456789abcdef"[c >> 4]);
    text.add_char("0123456789abcdef"[c & 15]);
  }
  *out = CPY_VM_TRY(text.finish());
  return Status::kOk;
}

Status mv_release(Vm& vm, const Args& args, Value* out) {
  MemoryviewObj* m = mv_any(vm, args[0]);
  if (!m) return raise(vm, Exc::TypeError, "not a memoryview");
  m->released = true;
  *out = Value::none();
  return Status::kOk;
}

Status mv_enter(Vm& vm, const Args& args, Value* out) {
  BufferInfo b;
  CPY_VM_CHECK(mv_info(vm, args[0], &b));
  *out = args[0];
  return Status::kOk;
}

Status mv_cast(Vm& vm, const Args& args, Value* out) {
  BufferInfo b;
  CPY_VM_CHECK(mv_info(vm, args[0], &b));
  std::string_view f = is_str(vm, args[1]) ? str_view(vm, args[1]) : std::string_view();
  if (!is_str(vm, args[1])) return raise(vm, Exc::TypeError, "memoryview: format argument must be a string");
  if (f.size() == 2 && f[0] == '@') f.remove_prefix(1);  // '@': native, the only layout there is
  size_t size = f.size() == 1 ? item_size(f[0]) : 0;
  if (!size) {
    return raise(vm, Exc::ValueError,
                 "memoryview: destination format must be a native single character format prefixed with an "
                 "optional '@'");
  }
  if (!b.contiguous()) return raise(vm, Exc::TypeError, "memoryview: casts are restricted to C-contiguous views");
  auto is_byte = [](char c) { return c == 'B' || c == 'b'; };
  if (!is_byte(b.format) && !is_byte(f[0])) {
    return raise(vm, Exc::TypeError, "memoryview: cannot cast between two non-byte formats");
  }
  if (b.nbytes() % size) return raise(vm, Exc::TypeError, "memoryview: length is not a multiple of itemsize");
  b.len = b.nbytes() / size;
  b.format = f[0];
  b.step = intptr_t(size);
  return mv_make(vm, args[0].as<Obj>()->type, b, out);
}

// Read-only views hash as the bytes they hold, so they can be dict keys.
Status mv_hash(Vm& vm, const Args& args, Value* out) {
  BufferInfo b;
  CPY_VM_CHECK(mv_info(vm, args[0], &b));
  if (!b.readonly) return raise(vm, Exc::ValueError, "cannot hash writable memoryview object");
  Value bytes;
  CPY_VM_CHECK(mv_tobytes(vm, args, &bytes));
  uint32_t h;
  CPY_VM_CHECK(hash_value(vm, bytes, &h));
  *out = CPY_VM_TRY(new_int(vm, h));
  return Status::kOk;
}

Status mv_repr(Vm& vm, const Args& args, Value* out) {
  Buf buf(vm);
  MemoryviewObj* m = mv_any(vm, args[0]);
  buf.add(m && m->released ? "<released memory at " : "<memory at ");
  buf.add_hex(args[0].bits());
  buf.add_char('>');
  *out = CPY_VM_TRY(buf.finish());
  return Status::kOk;
}

Status mv_format(Vm& vm, const Args& args, Value* out) {
  BufferInfo b;
  CPY_VM_CHECK(mv_info(vm, args[0], &b));
  *out = CPY_VM_TRY(new_str(vm, std::string_view(&b.format, 1)));
  return Status::kOk;
}

Status mv_itemsize(Vm& vm, const Args& args, Value* out) {
  BufferInfo b;
  CPY_VM_CHECK(mv_info(vm, args[0], &b));
  *out = Value::small_int(b.itemsize);
  return Status::kOk;
}

Status mv_nbytes(Vm& vm, const Args& args, Value* out) {
  BufferInfo b;
  CPY_VM_CHECK(mv_info(vm, args[0], &b));
  *out = Value::small_int(intptr_t(b.nbytes()));
  return Status::kOk;
}

Status mv_readonly(Vm& vm, const Args& args, Value* out) {
  BufferInfo b;
  CPY_VM_CHECK(mv_info(vm, args[0], &b));
  *out = Value::boolean(b.readonly);
  return Status::kOk;
}

Status mv_obj(Vm& vm, const Args& args, Value* out) {
  BufferInfo b;
  CPY_VM_CHECK(mv_info(vm, args[0], &b));
  *out = b.owner;
  return Status::kOk;
}

}  // namespace

Status buffer_of(Vm& vm, Value v, BufferInfo* out, bool* found) {
  *found = true;
  BufferInfo& b = *out;
  b.owner = v;
  b.offset = 0;
  if (is_bytes(vm, v)) {
    b.format = 'B';
    b.itemsize = 1;
    b.readonly = v.as<Obj>()->type->kind == Kind::kBytes;
  } else if (ArrayObj* a = native_self<ArrayObj>(vm, v, kArrayTag)) {
    b.format = a->code;
    b.itemsize = uint8_t(item_size(a->code));
    b.readonly = false;
  } else if (MemoryviewObj* m = mv_any(vm, v)) {
    if (m->released) return released_error(vm);
    b.owner = m->owner;
    b.offset = m->offset;
    b.format = m->format;
    b.itemsize = uint8_t(item_size(m->format));
    b.readonly = m->readonly;
    b.len = m->len;
    b.step = m->step;
    size_t size;
    b.data = owner_bytes(vm, m->owner, &size) + m->offset;
    if (b.len) {
      intptr_t last = intptr_t(m->offset) + intptr_t(b.len - 1) * b.step;
      size_t hi = size_t(last > intptr_t(m->offset) ? last : intptr_t(m->offset)) + b.itemsize;
      // The owner shrank under the view (CPython forbids that; here the
      // view stops working instead of reading freed memory).
      if (hi > size) return raise(vm, Exc::ValueError, "memoryview: underlying buffer was resized");
    }
    return Status::kOk;
  } else {
    *found = false;
    return Status::kOk;
  }
  size_t size;
  b.data = owner_bytes(vm, v, &size);
  b.len = size / b.itemsize;
  b.step = b.itemsize;
  return Status::kOk;
}

Status buffer_copy(Vm& vm, Value v, Buf& buf, bool* found) {
  BufferInfo b;
  CPY_VM_CHECK(buffer_of(vm, v, &b, found));
  if (!*found) return Status::kOk;
  if (b.contiguous()) {
    buf.add(std::string_view(reinterpret_cast<const char*>(b.data), b.nbytes()));
  } else {
    if (!buf.reserve(b.nbytes())) return Status::kRaised;
    CPY_VM_CHECK(buffer_of(vm, v, &b, found));  // reserving may have collected; the memory stays put
    for (size_t i = 0; i < b.len; ++i) {
      buf.add(std::string_view(reinterpret_cast<const char*>(b.data + intptr_t(i) * b.step), b.itemsize));
    }
  }
  return buf.failed ? Status::kRaised : Status::kOk;
}

namespace {
constexpr ClassSlot kViewSlots[] = {
    {"__new__", &mv_new, 2, 2, true},          {"__len__", &mv_len, 1, 1, true},
    {"__getitem__", &mv_getitem, 2, 2, true},  {"__setitem__", &mv_setitem, 3, 3, true},
    {"__delitem__", &mv_delitem, 2, 2, true},  {"__iter__", &mv_iter, 1, 1, true},
    {"__eq__", &mv_eq, 2, 2, true},            {"__repr__", &mv_repr, 1, 1, true},
    {"__hash__", &mv_hash, 1, 1, true},        {"__enter__", &mv_enter, 1, 1, true},
    {"__exit__", &mv_release, 1, 4, true},     {"tobytes", &mv_tobytes, 1, 1, false},
    {"tolist", &mv_tolist, 1, 1, false},       {"hex", &mv_hex, 1, 2, false},
    {"release", &mv_release, 1, 1, false},     {"cast", &mv_cast, 2, 2, false},
};
}  // namespace

Status memoryview_type(Vm& vm, Value* out) {
  Type* t = new_native_class(vm, "memoryview");
  if (!t) return Status::kRaised;
  *out = Value::object(t);
  bool ok = add_slots(vm, t, kViewSlots, sizeof kViewSlots / sizeof kViewSlots[0]) &&
            add_getter(vm, t, "format", &mv_format) && add_getter(vm, t, "itemsize", &mv_itemsize) &&
            add_getter(vm, t, "nbytes", &mv_nbytes) && add_getter(vm, t, "readonly", &mv_readonly) &&
            add_getter(vm, t, "obj", &mv_obj);
  if (!ok && vm.pending.is_null()) vm.pending = vm.memory_error;
  return ok ? Status::kOk : Status::kRaised;
}

}  // namespace cpy::vm
