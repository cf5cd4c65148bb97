// The builtin-module table (kModules) and what the modules share: module
// objects, native classes with special methods, argument and buffer helpers.
// Each module lives in mod_<name>.cpp with one line in the table.
#include <cmath>
#include <cstring>

#include "buffer.h"
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
  if (globals_out) *globals_out = globals;
  return Value::object(m);
}

bool add_fn(Vm& vm, Value globals, const char* name, NativeImpl impl, int min, int max, bool kw) {
  Value n = intern(vm, name);
  if (n.is_null()) return false;
  Value f = new_native(vm, n.qstr_id(), impl, min, max, kw);
  return !f.is_null() && dict_store(vm, globals, n, f) == Status::kOk;
}

Status module_lookup(Vm& vm, Module* m, uint32_t name, Value* out) {
  CPY_VM_CHECK(dict_get(vm, m->globals, Value::qstr(name), out));
  if (!out->is_null() || !m->fns) return Status::kOk;
  const MethodDef* def = find_def(vm, m->fns, m->n_fns, name);
  if (!def) return Status::kOk;
  Value f = CPY_VM_TRY(native_from_def(vm, *def));
  CPY_VM_CHECK(dict_store(vm, m->globals, Value::qstr(name), f));
  *out = f;
  return Status::kOk;
}

Status module_materialize(Vm& vm, Module* m) {
  for (size_t i = 0; i < m->n_fns; ++i) {
    Value n = CPY_VM_TRY(intern(vm, m->fns[i].name));
    Value f;
    CPY_VM_CHECK(module_lookup(vm, m, n.qstr_id(), &f));
  }
  // Everything is in the globals now: a later del must not bring it back.
  m->fns = nullptr;
  m->n_fns = 0;
  return Status::kOk;
}

bool put(Vm& vm, Value g, const char* name, Value v) {
  return !v.is_null() && dict_store_name(vm, g, name, v) == Status::kOk;
}

namespace {

struct BuiltinModule {
  const char* name;
  const ModuleDef& def;
};

#define CPY_VM_MODULE_ENTRY(name) {#name, kModule_##name},
const BuiltinModule kModules[] = {CPY_VM_MODULES(CPY_VM_MODULE_ENTRY)};
#undef CPY_VM_MODULE_ENTRY

}  // namespace

Type* new_native_class(Vm& vm, const char* name, Type* base) {
  Type* t = new_builtin_type(vm, name, Kind::kInstance, base ? base : vm.t_object, kTypeIsUserClass | kTypeBaseable);
  return t;
}

Value kw_named(Vm& vm, const Args& args, const char* name, Value dflt) {
  // Keyword names are qstrs: a name never interned was not passed.
  uint32_t id = vm.qstrs.find(name);
  return id ? kw_arg(args, id, dflt) : dflt;
}

Value arg_or_kw(Vm& vm, const Args& args, size_t i, const char* name, Value dflt) {
  if (i < args.n) return args[i];
  return kw_named(vm, args, name, dflt);
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
  // array.array and memoryview: their memory when it is one run of bytes.
  BufferInfo b;
  bool found = false;
  CPY_VM_CHECK(buffer_of(vm, v, &b, &found));
  if (found) {
    if (!b.contiguous()) return raise(vm, Exc::TypeError, "memoryview: underlying buffer is not C-contiguous");
    *out = std::string_view(reinterpret_cast<const char*>(b.data), b.nbytes());
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

namespace {
// The text CPython gives an error number (Linux's strerror).
const char* errno_text(int err) {
  switch (err) {
    case 1: return "Operation not permitted";
    case 2: return "No such file or directory";
    case 5: return "Input/output error";
    case 9: return "Bad file descriptor";
    case 11: return "Resource temporarily unavailable";
    case 12: return "Cannot allocate memory";
    case 13: return "Permission denied";
    case 16: return "Device or resource busy";
    case 17: return "File exists";
    case 18: return "Invalid cross-device link";
    case 19: return "No such device";
    case 20: return "Not a directory";
    case 21: return "Is a directory";
    case 22: return "Invalid argument";
    case 24: return "Too many open files";
    case 27: return "File too large";
    case 28: return "No space left on device";
    case 30: return "Read-only file system";
    case 36: return "File name too long";
    case 39: return "Directory not empty";
    case 110: return "Connection timed out";
    default: return nullptr;
  }
}
}  // namespace

Status raise_oserror(Vm& vm, int err) {
  // OSError(errno, strerror), as CPython builds it; prints "[Errno N] text".
  Value a[2] = {Value::small_int(err), Value::null()};
  size_t n = 1;
  if (const char* text = errno_text(err)) {
    a[1] = CPY_VM_TRY(new_str(vm, text));
    n = 2;
  }
  Value e = CPY_VM_TRY(new_exception(vm, vm.exc[size_t(Exc::OSError)], n, a));
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
    Module* mod = m.as<Module>();
    mod->fns = bm.def.fns;
    mod->n_fns = bm.def.n_fns;
    if (bm.def.init && !bm.def.init(vm, mod, g)) {
      if (vm.pending.is_null()) vm.pending = vm.memory_error;
      return Status::kRaised;
    }
    *out = m;
    return Status::kOk;
  }
  return Status::kOk;
}

}  // namespace cpy::vm
