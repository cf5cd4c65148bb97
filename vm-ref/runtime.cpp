// Allocation, raising, type queries and the text buffer.
#include "runtime.h"

#include <cstring>

namespace cpy::vm {

void set_memory_error(Vm& vm) {
  // The preallocated MemoryError starts a fresh traceback each time.
  if (vm.memory_error.is_object()) vm.memory_error.as<Instance>()->traceback = Value::null();
  vm.pending = vm.memory_error;
}

void* alloc_raw(Vm& vm, size_t bytes) {
  void* p = vm.heap.allocate_may_collect(bytes);
  if (!p) set_memory_error(vm);
  return p;
}

namespace {
void* gc_block(size_t size, void* ctx) { return static_cast<Vm*>(ctx)->heap.allocate_may_collect(size); }
void gc_release(void*, void*) {}  // garbage: the collector takes it back
}  // namespace

BlockSource gc_block_source(Vm& vm) { return BlockSource{&gc_block, &gc_release, &vm}; }

namespace {
void scratch_release(void* block, void* ctx) { static_cast<Vm*>(ctx)->heap.free(block); }
}  // namespace

BlockSource gc_scratch_source(Vm& vm) { return BlockSource{&gc_block, &scratch_release, &vm}; }

BlockSource compile_block_source(Vm& vm) {
  return vm.config.compile_memory.allocate ? vm.config.compile_memory : gc_block_source(vm);
}

Value take_pending(Vm& vm) {
  Value e = vm.pending;
  vm.pending = Value::null();
  return e;
}

bool pending_is(Vm& vm, Exc kind) {
  return !vm.pending.is_null() && is_subtype(type_of(vm, vm.pending), vm.exc[size_t(kind)]);
}

Status raise_value(Vm& vm, Value exc) {
  if (exc.is_object() && exc.as<Obj>()->type == vm.t_type && is_exception_type(exc)) {
    Value inst;
    CPY_VM_CHECK(call(vm, exc, Args{}, &inst));
    exc = inst;
  }
  if (!is_exception_instance(vm, exc)) return raise(vm, Exc::TypeError, "exceptions must derive from BaseException");
  vm.pending = exc;
  return Status::kRaised;
}

namespace {
void format_into(Vm& vm, Buf& buf, const char* fmt, va_list ap) {
  // A Value is one trivially copyable word and travels through ... as one
  // (va_arg of a class type is not portable).
  auto value_arg = [&ap] {
    uintptr_t bits = va_arg(ap, uintptr_t);
    Value v;
    std::memcpy(static_cast<void*>(&v), &bits, sizeof v);
    return v;
  };
  for (const char* p = fmt; *p; ++p) {
    if (*p != '%' || !p[1]) {
      buf.add_char(*p);
      continue;
    }
    switch (*++p) {
      case 's':
        buf.add(va_arg(ap, const char*));
        break;
      case 'd':
        buf.add_int(va_arg(ap, int));
        break;
      case 'q':
        buf.add(vm.qstrs.text(va_arg(ap, uint32_t)));
        break;
      case 'T':
        buf.add(type_name(vm, value_arg()));
        break;
      case 'V':
        buf.add(*va_arg(ap, std::string_view*));
        break;
      case 'R': {
        Value v = value_arg();
        if (repr_into(vm, buf, v, false) == Status::kRaised) vm.pending = Value::null();
        break;
      }
      default:
        buf.add_char(*p);
    }
  }
}
}  // namespace

Status raise(Vm& vm, Exc kind, const char* fmt, ...) {
  Buf buf(vm);
  va_list ap;
  va_start(ap, fmt);
  format_into(vm, buf, fmt, ap);
  va_end(ap);
  Value msg = buf.finish();
  if (msg.is_null()) return Status::kRaised;
  Value e = new_exception(vm, vm.exc[size_t(kind)], 1, &msg);
  if (e.is_null()) return Status::kRaised;
  vm.pending = e;
  return Status::kRaised;
}

Status raise_empty(Vm& vm, Exc kind) {
  Value e = new_exception(vm, vm.exc[size_t(kind)], 0, nullptr);
  if (e.is_null()) return Status::kRaised;
  vm.pending = e;
  return Status::kRaised;
}

Status raise_with(Vm& vm, Exc kind, Value arg) {
  Value e = new_exception(vm, vm.exc[size_t(kind)], 1, &arg);
  if (e.is_null()) return Status::kRaised;
  vm.pending = e;
  return Status::kRaised;
}

Status raise_recursion(Vm& vm) { return raise(vm, Exc::RecursionError, "maximum recursion depth exceeded"); }

Type* type_of(Vm& vm, Value v) {
  if (v.is_small_int()) return vm.t_int;
  if (v.is_qstr()) return vm.t_str;
  if (v.is_object()) return v.as<Obj>()->type;
  if (v.is_none()) return vm.t_none;
  if (v.is_bool()) return vm.t_bool;
  if (v == Value::ellipsis()) return vm.t_ellipsis;
  if (v == Value::not_implemented()) return vm.t_notimpl;
  return vm.t_internal;
}

Kind kind_of(Vm& vm, Value v) { return type_of(vm, v)->kind; }

MroWalk::MroWalk(Type* t) {
  if (t->mro.is_object()) {
    items_ = t->mro.as<Tuple>()->items();
    left_ = t->mro.as<Tuple>()->size;
  } else {
    chain_ = t;
  }
}

Type* MroWalk::next() {
  if (items_) return left_ ? (--left_, (items_++)->as<Type>()) : nullptr;
  Type* t = chain_;
  if (t) chain_ = t->base;
  return t;
}

bool is_subtype(Type* t, Type* base) {
  if (t == base) return true;
  MroWalk walk(t);
  while (Type* m = walk.next()) {
    if (m == base) return true;
  }
  return false;
}

Value type_mro_tuple(Vm& vm, Type* t) {
  if (t->mro.is_object()) return t->mro;
  size_t n = 0;
  for (Type* c = t; c; c = c->base) ++n;
  Value mro = new_tuple(vm, n);
  if (mro.is_null()) return mro;
  Value* items = mro.as<Tuple>()->items();
  for (Type* c = t; c; c = c->base) *items++ = Value::object(c);
  t->mro = mro;
  return mro;
}

Value type_bases_tuple(Vm& vm, Type* t) {
  if (t->bases.is_object()) return t->bases;
  Value b = Value::object(t->base);
  Value bases = t->base ? new_tuple(vm, 1, &b) : vm.empty_tuple;
  if (!bases.is_null()) t->bases = bases;
  return bases;
}

bool is_instance(Vm& vm, Value v, Type* t) { return is_subtype(type_of(vm, v), t); }

bool is_exception_type(Value v) {
  return v.is_object() && v.as<Obj>()->type->kind == Kind::kType && (v.as<Type>()->flags & kTypeIsException);
}

bool is_exception_instance(Vm& vm, Value v) { return (type_of(vm, v)->flags & kTypeIsException) != 0; }

std::string_view type_name(Vm& vm, Value v) { return vm.qstrs.text(type_of(vm, v)->name); }

const MethodDef* find_def(Vm& vm, const MethodDef* defs, size_t n, uint32_t name) {
  uint32_t h = vm.qstrs.hash(name);
  for (size_t i = 0; i < n; ++i) {
    if (defs[i].hash != h) continue;
    std::string_view text = vm.qstrs.text(name);
    if (text == defs[i].name) return &defs[i];
  }
  return nullptr;
}

Value native_from_def(Vm& vm, const MethodDef& def) {
  Value n = intern(vm, def.name);
  if (n.is_null()) return n;
  Value f = new_native(vm, n.qstr_id(), def.impl, def.min_args, def.max_args, def.takes_kw);
  if (f.is_null()) return f;
  f.as<NativeFn>()->is_classmethod = def.kind == MethodKind::kClassMethod;
  if (def.kind == MethodKind::kGetter) {
    Property* p = alloc_obj<Property>(vm, vm.t_property);
    if (!p) return Value::null();
    p->fget = f;
    p->fset = p->fdel = Value::none();
    return Value::object(p);
  }
  if (def.kind != MethodKind::kStaticMethod) return f;
  Wrapper* w = alloc_obj<Wrapper>(vm, vm.t_staticmethod);
  if (!w) return Value::null();
  w->fn = f;
  return Value::object(w);
}

namespace {
// Makes the function object for [def] and caches it in [type]'s dict.
Value materialize(Vm& vm, Type* type, const MethodDef& def) {
  Value f = native_from_def(vm, def);
  if (f.is_null()) return f;
  Value key = Value::qstr(vm.qstrs.find(def.name));
  bool stored = false;
  KeyOps simple{};
  (void)type->dict.store_may_collect(vm.heap, key, f, simple, &stored);
  // Not cached for lack of memory: still usable this once.
  return f;
}
}  // namespace

Value type_own_lookup(Vm& vm, Type* type, uint32_t name) {
  Value out;
  // Attribute dicts only ever hold qstr keys, so the simple ops suffice.
  KeyOps simple{};
  (void)type->dict.lookup(Value::qstr(name), simple, &out);
  if (!out.is_null()) return out;
  const MethodDef* def = type->methods ? find_def(vm, type->methods, type->n_methods, name) : nullptr;
  if (!def) def = builtin_slot(vm, type, name);
  if (!def) return Value::null();
  Value saved = vm.pending;
  out = materialize(vm, type, *def);
  vm.pending = saved;
  if (out.is_null()) vm.attr_lookup_incomplete = true;
  return out;
}

Status type_materialize(Vm& vm, Type* type) {
  for (size_t i = 0; i < type->n_methods; ++i) {
    Value n = CPY_VM_TRY(intern(vm, type->methods[i].name));
    Value have;
    KeyOps simple{};
    (void)type->dict.lookup(n, simple, &have);
    if (have.is_null() && materialize(vm, type, type->methods[i]).is_null()) return Status::kRaised;
  }
  return Status::kOk;
}

Value type_lookup(Vm& vm, Type* type, uint32_t name) {
  bool user_owned;
  return type_lookup_owner(vm, type, name, &user_owned);
}

Value type_lookup_owner(Vm& vm, Type* type, uint32_t name, bool* user_owned) {
  *user_owned = (type->flags & kTypeIsUserClass) != 0;
  size_t slot = ((reinterpret_cast<uintptr_t>(type) >> 3) ^ (name * 2654435761u)) & (Vm::kAttrCacheSize - 1);
  Vm::AttrCacheEntry& e = vm.attr_cache[slot];
  if (e.type == type && e.name == name && e.epoch == (vm.type_epoch & 0x7FFFFFFFu)) {
    *user_owned = e.user_owned;
    return e.value;
  }
  vm.attr_lookup_incomplete = false;
  Value out = Value::null();
  MroWalk walk(type);
  for (Type* t = walk.next(); t && out.is_null(); t = walk.next()) {
    out = type_own_lookup(vm, t, name);
    *user_owned = (t->flags & kTypeIsUserClass) != 0;
  }
  if (!vm.attr_lookup_incomplete) e = Vm::AttrCacheEntry{type, name, vm.type_epoch & 0x7FFFFFFFu, *user_owned, out};
  return out;
}

Value user_method(Vm& vm, Type* t, uint32_t name) {
  if (!(t->flags & kTypeIsUserClass)) return Value::null();
  bool user_owned;
  Value m = type_lookup_owner(vm, t, name, &user_owned);
  // A builtin's method the class inherits is the protocol's own default;
  // one the class statement stored (__getattr__ = dict.__getitem__) is not.
  if (!user_owned && m.is_object() && m.as<Obj>()->type->kind == Kind::kNative && !m.as<NativeFn>()->is_special) {
    return Value::null();
  }
  return m;
}

Type* new_builtin_type(Vm& vm, const char* name, Kind kind, Type* base, uint8_t flags) {
  ++vm.type_epoch;  // its dict is filled after creation: no cached answer may predate that
  Type* t;
  if (vm.type_slots_used < Vm::kTypeSlots) {
    t = &vm.type_slots[vm.type_slots_used++];
    t->type = vm.t_type;
  } else {
    t = alloc_obj<Type>(vm, vm.t_type);
    if (!t) return nullptr;
  }
  t->kind = kind;
  t->flags = flags;
  Value n = intern(vm, name);
  if (n.is_null()) return nullptr;
  t->name = n.qstr_id();
  t->base = base;
  return t;
}

Value new_native(Vm& vm, uint32_t name, NativeImpl impl, int min_args, int max_args, bool takes_kw) {
  NativeFn* f = alloc_obj<NativeFn>(vm, vm.t_native);
  if (!f) return Value::null();
  f->name = name;
  f->impl = impl;
  f->min_args = int16_t(min_args);
  f->max_args = int16_t(max_args);
  f->takes_kw = takes_kw;
  return Value::object(f);
}

namespace {
bool add_native(Vm& vm, Type* type, const char* name, NativeImpl impl, int min_args, int max_args, bool takes_kw,
                bool special) {
  Value n = intern(vm, name);
  if (n.is_null()) return false;
  Value f = new_native(vm, n.qstr_id(), impl, min_args, max_args, takes_kw);
  if (f.is_null()) return false;
  f.as<NativeFn>()->is_special = special;
  return type_store(vm, type, n, f);
}
}  // namespace

bool type_store(Vm& vm, Type* type, Value name, Value value) {
  ++vm.type_epoch;  // type_lookup's cached answers may change
  bool stored = false;
  KeyOps simple{};
  if (type->dict.store_may_collect(vm.heap, name, value, simple, &stored) == Status::kRaised) return false;
  return stored;
}

bool add_getter(Vm& vm, Type* type, const char* name, NativeImpl getter) {
  Value n = intern(vm, name);
  Value f = n.is_null() ? n : new_native(vm, n.qstr_id(), getter, 1, 1, false);
  Property* p = f.is_null() ? nullptr : alloc_obj<Property>(vm, vm.t_property);
  if (!p) return false;
  p->fget = f;
  p->fset = p->fdel = Value::none();
  return type_store(vm, type, n, Value::object(p));
}

bool add_method(Vm& vm, Type* type, const char* name, NativeImpl impl, int min_args, int max_args, bool takes_kw) {
  return add_native(vm, type, name, impl, min_args, max_args, takes_kw, false);
}

bool add_special(Vm& vm, Type* type, const char* name, NativeImpl impl, int min, int max, bool kw) {
  return add_native(vm, type, name, impl, min, max, kw, true);
}

Status dict_store_name(Vm& vm, Value dict, const char* name, Value value) {
  Value n = CPY_VM_TRY(intern(vm, name));
  return dict_store(vm, dict, n, value);
}

void vm_write(Vm& vm, std::string_view text, bool error) {
  if (vm.config.write) vm.config.write(vm.config.write_context, text.data(), text.size(), error);
}

Status check_no_kw(Vm& vm, const Args& args, const char* name) {
  if (args.n_kw) return raise(vm, Exc::TypeError, "%s() takes no keyword arguments", name);
  return Status::kOk;
}

Value kw_arg(const Args& args, uint32_t name, Value dflt) {
  for (size_t i = 0; i < args.n_kw; ++i) {
    if (args.kw_name(i) == Value::qstr(name)) return args.kw_value(i);
  }
  return dflt;
}

// ---- Buf ----

bool Buf::reserve(size_t more) {
  if (failed) return false;
  if (size + more <= capacity && size + more >= size) return true;
  if (more > SIZE_MAX / 4 - size) {  // no heap holds it; doubling would overflow
    set_memory_error(vm);
    failed = true;
    return false;
  }
  // A first reservation is taken as the size wanted (str + str, join): no
  // rounding up; growth after that doubles.
  size_t cap = capacity ? capacity * 2 : 32;
  if (!capacity && cap < more) cap = more;
  while (cap < size + more) cap *= 2;
  // The text sits in a block laid out as a str (header, text, NUL), so that
  // finish() makes it the str in place instead of copying it.
  size_t block = sizeof(Str) + cap + 1;
  if (data && vm.heap.grow_in_place(data - sizeof(Str), block)) {
    capacity = cap;
    return true;
  }
  auto* grown = static_cast<char*>(alloc_raw(vm, block));
  if (!grown) {
    failed = true;
    return false;
  }
  grown += sizeof(Str);
  if (size) std::memcpy(grown, data, size);
  data = grown;
  capacity = cap;
  return true;
}

void Buf::add(std::string_view s) {
  if (s.empty() || !reserve(s.size())) return;
  std::memcpy(data + size, s.data(), s.size());
  size += s.size();
}

void Buf::add_repeated(std::string_view s, size_t count) {
  if (s.empty() || count == 0) return;
  if (count > SIZE_MAX / 4 / s.size()) {
    reserve(SIZE_MAX);  // fails: MemoryError
    return;
  }
  if (!reserve(s.size() * count)) return;
  for (size_t i = 0; i < count; ++i) {
    std::memcpy(data + size, s.data(), s.size());
    size += s.size();
  }
}

void Buf::add_char(char c) {
  if (!reserve(1)) return;
  data[size++] = c;
}

void Buf::add_int(int64_t v) {
  char tmp[24];
  size_t n = 0;
  uint64_t u = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  do {
    tmp[n++] = char('0' + u % 10);
    u /= 10;
  } while (u);
  if (v < 0) add_char('-');
  while (n) add_char(tmp[--n]);
}

void Buf::add_utf8(uint32_t cp) {
  char tmp[4];
  add(std::string_view(tmp, utf8_encode(cp, tmp)));
}

void Buf::add_hex(uintptr_t v) {
  char tmp[2 * sizeof v];
  size_t n = 0;
  do {
    tmp[n++] = "0123456789abcdef"[v & 15];
    v >>= 4;
  } while (v);
  add("0x");
  while (n) add_char(tmp[--n]);
}

Value Buf::finish(bool bytes) {
  if (failed) return Value::null();
  // Empty and one-character strs are shared qstrs.
  if (size <= 1) return bytes ? new_bytes(vm, view()) : new_str(vm, view());
  auto* s = reinterpret_cast<Str*>(data - sizeof(Str));
  s->type = bytes ? vm.t_bytes : vm.t_str;
  s->size = size;
  s->hash = 0;
  bool ascii = true;
  for (size_t i = 0; i < size; ++i) ascii &= static_cast<unsigned char>(data[i]) < 0x80;
  s->ascii = ascii;
  data[size] = '\0';
  vm.heap.shrink(s, sizeof(Str) + size + 1);
  // The text is the str's now: this Buf starts over empty.
  data = nullptr;
  size = capacity = 0;
  return Value::object(s);
}

}  // namespace cpy::vm
