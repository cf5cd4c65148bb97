// The builtin-module table (kModules) and what the modules share: module
// objects, native classes with special methods, argument and buffer helpers.
// Each module lives in mod_<name>.cpp with one line in the table.
#include <cmath>
#include <cstring>

#include "runtime.h"

namespace cpy::vm {

Value new_module(Vm& vm, std::string_view name, Value* globals_out) {
  Value qname = intern(vm, name);
  if (qname.is_null()) return Value::null();
  Value globals = new_dict(vm);
  if (globals.is_null()) return Value::null();
  if (dict_store(vm, globals, Value::qstr(vm.q.name), qname) == Status::kRaised) return Value::null();
  Module* m = alloc_obj<Module>(vm, vm.t_module);
  if (!m) return Value::null();
  m->name = qname.qstr_id();
  m->globals = globals;
  *globals_out = globals;
  return Value::object(m);
}

bool add_fn(Vm& vm, Value globals, const char* name, NativeImpl impl, int min, int max, bool kw) {
  Value n = intern(vm, name);
  if (n.is_null()) return false;
  Value f = new_native(vm, n.qstr_id(), impl, min, max, kw);
  return !f.is_null() && dict_store(vm, globals, n, f) == Status::kOk;
}

bool put(Vm& vm, Value g, const char* name, Value v) {
  return !v.is_null() && dict_store_name(vm, g, name, v) == Status::kOk;
}

namespace {

// ---- native special methods ----
//
// The protocol only calls special methods that are not plain native
// functions (those are object's defaults). A native special method is
// stored wrapped in a NativeMethod: an instance whose class has a native
// __call__ (calls the function) and __get__ (binds it like a method).

constexpr uint32_t kNativeMethodTag = 0x4e4d4554;  // 'NMET'

struct NativeMethod : NativeObj {
  Value fn;
};

Status nm_call(Vm& vm, const Args& args, Value* out) {
  auto* m = native_self<NativeMethod>(vm, args[0], kNativeMethodTag);
  if (!m) return raise(vm, Exc::TypeError, "bad native method");
  return call(vm, m->fn, Args{args.items + 1, args.n - 1, args.n_kw}, out);
}

Status nm_get(Vm& vm, const Args& args, Value* out) {
  auto* m = native_self<NativeMethod>(vm, args[0], kNativeMethodTag);
  if (!m) return raise(vm, Exc::TypeError, "bad native method");
  if (args[1].is_none()) {
    *out = args[0];
    return Status::kOk;
  }
  BoundMethod* b = alloc_obj<BoundMethod>(vm, vm.t_bound_method);
  if (!b) return Status::kRaised;
  b->fn = m->fn;
  b->self = args[1];
  *out = Value::object(b);
  return Status::kOk;
}

/// The class of NativeMethod objects, one per VM, kept in the builtins dict.
Type* native_method_type(Vm& vm) {
  Value key = intern(vm, "__native_method__");
  if (key.is_null()) return nullptr;
  Value t;
  if (dict_get(vm, vm.builtins, key, &t) == Status::kRaised) return nullptr;
  if (!t.is_null()) return t.as<Type>();
  Type* type = new_builtin_type(vm, "native_method", Kind::kInstance, vm.t_object);
  if (!type || !add_method(vm, type, "__call__", &nm_call, 1, -1, true) ||
      !add_method(vm, type, "__get__", &nm_get, 3, 3)) {
    return nullptr;
  }
  if (dict_store(vm, vm.builtins, key, Value::object(type)) == Status::kRaised) return nullptr;
  return type;
}

struct BuiltinModule {
  const char* name;
  bool (*init)(Vm& vm, Value globals);
};

#define CPY_VM_MODULE_ENTRY(name) {#name, &init_mod_##name},
const BuiltinModule kModules[] = {CPY_VM_MODULES(CPY_VM_MODULE_ENTRY)};
#undef CPY_VM_MODULE_ENTRY

}  // namespace

Type* new_native_class(Vm& vm, const char* name, Type* base) {
  Type* t = new_builtin_type(vm, name, Kind::kInstance, base ? base : vm.t_object, kTypeIsUserClass | kTypeBaseable);
  return t;
}

bool add_special(Vm& vm, Type* type, const char* name, NativeImpl impl, int min, int max, bool kw) {
  Type* mt = native_method_type(vm);
  if (!mt) return false;
  Value n = intern(vm, name);
  if (n.is_null()) return false;
  Value f = new_native(vm, n.qstr_id(), impl, min, max, kw);
  if (f.is_null()) return false;
  auto* m = new_native_obj<NativeMethod>(vm, mt, kNativeMethodTag);
  if (!m) return false;
  m->fn = f;
  bool stored = false;
  KeyOps simple{};
  if (type->dict.store_may_collect(vm.heap, n, Value::object(m), simple, &stored) == Status::kRaised) return false;
  return stored;
}

Value kw_named(Vm& vm, const Args& args, const char* name, Value dflt) {
  std::string_view want(name);
  for (size_t i = 0; i < args.n_kw; ++i) {
    Value k = args.kw_name(i);
    if (k.is_qstr() && vm.qstrs.text(k.qstr_id()) == want) return args.kw_value(i);
  }
  return dflt;
}

Value arg_or_kw(Vm& vm, const Args& args, size_t i, const char* name, Value dflt) {
  if (i < args.n) return args[i];
  return kw_named(vm, args, name, dflt);
}

Status get_int64(Vm& vm, Value v, bool is_signed, uint64_t* out) {
  if (v.is_small_int()) {
    intptr_t x = v.small_int_value();
    if (!is_signed && x < 0) return raise(vm, Exc::OverflowError, "can't convert negative int to unsigned");
    *out = uint64_t(int64_t(x));
    return Status::kOk;
  }
  if (v.is_bool()) {
    *out = v == Value::true_value() ? 1 : 0;
    return Status::kOk;
  }
  if (!is_int(vm, v)) return raise(vm, Exc::TypeError, "can't convert %T to int", v);
  bool neg = int_compare(vm, v, Value::small_int(0)) < 0;
  if (neg && !is_signed) return raise(vm, Exc::OverflowError, "can't convert negative int to unsigned");
  // Four 16-bit chunks, low first (small ints hold 16 bits on every target).
  Value rest = v;
  uint64_t r = 0;
  for (int i = 0; i < 4; ++i) {
    Value chunk;
    CPY_VM_CHECK(binary_op(vm, kAnd, rest, Value::small_int(0xffff), &chunk));
    r |= uint64_t(chunk.small_int_value()) << (16 * i);
    CPY_VM_CHECK(binary_op(vm, kRshift, rest, Value::small_int(16), &rest));
  }
  Value want = neg ? Value::small_int(-1) : Value::small_int(0);
  if (!(rest == want) || (is_signed && (int64_t(r) < 0) != neg)) {
    return raise(vm, Exc::OverflowError, "int too big to convert");
  }
  *out = r;
  return Status::kOk;
}

Value new_int_u64(Vm& vm, uint64_t v) {
  if (v <= uint64_t(INT64_MAX)) return new_int(vm, int64_t(v));
  Value hi = new_int(vm, int64_t(v >> 32));
  if (hi.is_null()) return hi;
  Value r;
  if (binary_op(vm, kLshift, hi, Value::small_int(32), &r) == Status::kRaised) return Value::null();
  Value lo = new_int(vm, int64_t(v & 0xffffffffu));
  if (lo.is_null() || binary_op(vm, kOr, r, lo, &r) == Status::kRaised) return Value::null();
  return r;
}

Value new_bytearray(Vm& vm, std::string_view data) {
  Bytearray* b = alloc_obj<Bytearray>(vm, vm.t_bytearray);
  if (!b) return Value::null();
  Value keep = Value::object(b);
  if (!data.empty()) {
    auto* items = static_cast<uint8_t*>(alloc_raw(vm, data.size()));
    if (!items) return Value::null();
    std::memcpy(items, data.data(), data.size());
    b = keep.as<Bytearray>();
    b->items = items;
    b->size = b->capacity = data.size();
  }
  return keep;
}

Status bytearray_append(Vm& vm, Value ba, std::string_view data) {
  Bytearray* b = ba.as<Bytearray>();
  if (b->size + data.size() > b->capacity) {
    size_t cap = b->capacity ? b->capacity * 2 : 16;
    while (cap < b->size + data.size()) cap *= 2;
    auto* grown = static_cast<uint8_t*>(alloc_raw(vm, cap));
    if (!grown) return Status::kRaised;
    if (b->size) std::memcpy(grown, b->items, b->size);
    b->items = grown;
    b->capacity = cap;
  }
  if (!data.empty()) std::memcpy(b->items + b->size, data.data(), data.size());
  b->size += data.size();
  return Status::kOk;
}

Status get_buffer(Vm& vm, Value v, std::string_view* out, bool allow_str) {
  if (is_bytes(vm, v)) {
    *out = bytes_view(vm, v);
    return Status::kOk;
  }
  if (allow_str && is_str(vm, v)) {
    *out = str_view(vm, v);
    return Status::kOk;
  }
  return raise(vm, Exc::TypeError, "object with buffer protocol required");
}

const char* heap_cstr(Vm& vm, std::string_view s) {
  auto* p = static_cast<char*>(alloc_raw(vm, s.size() + 1));
  if (!p) return nullptr;
  if (!s.empty()) std::memcpy(p, s.data(), s.size());
  p[s.size()] = 0;
  return p;
}

Status raise_oserror(Vm& vm, int err) {
  Value a = Value::small_int(err);
  Value e = CPY_VM_TRY(new_exception(vm, vm.exc[size_t(Exc::OSError)], 1, &a));
  return raise_value(vm, e);
}

Status builtin_module(Vm& vm, std::string_view name, Value* out) {
  *out = Value::null();
  if (name == "builtins") {
    Value g;
    Value m = CPY_VM_TRY(new_module(vm, "builtins", &g));
    m.as<Module>()->globals = vm.builtins;
    *out = m;
    return Status::kOk;
  }
  for (const BuiltinModule& bm : kModules) {
    if (name != bm.name) continue;
    Value g;
    Value m = CPY_VM_TRY(new_module(vm, name, &g));
    if (!bm.init(vm, g)) {
      if (vm.pending.is_null()) vm.pending = vm.memory_error;
      return Status::kRaised;
    }
    *out = m;
    return Status::kOk;
  }
  return Status::kOk;
}

}  // namespace cpy::vm
