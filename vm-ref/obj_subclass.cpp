// Instances of classes derived from builtin types (class Stack(list),
// class Registry(dict), class Celsius(float), class Name(str)...).
//
// Such an instance IS the builtin object: a List, Dict, Str... whose header
// names the user class. The class has the builtin's kind, so every native
// method and protocol works on it unchanged; the protocols consult the
// user's special methods first (user_method()). Instance attributes live in
// a dict whose slot is the last word of the object's block: the object is
// allocated one word larger than its builtin layout needs, and the garbage
// collector, being conservative, traces that word like any other.
#include <cstring>

#include "runtime.h"

namespace cpy::vm {

namespace {

/// The builtin type a user class derives its layout from: the first type
/// of its MRO that is not a user class.
Type* builtin_base(Type* cls) {
  MroWalk walk(cls);
  while (Type* t = walk.next()) {
    if (!(t->flags & kTypeIsUserClass)) return t;
  }
  return cls;
}

/// Whether instances of [kind] are filled by __init__ rather than by the
/// constructor (CPython: list, dict, set and bytearray).
bool filled_by_init(Kind kind) {
  return kind == Kind::kList || kind == Kind::kDict || kind == Kind::kSet || kind == Kind::kBytearray;
}

/// [v] as a heap object: small ints and interned strings get one.
Value boxed(Vm& vm, Value v) {
  if (v.is_small_int()) {
    intptr_t n = v.small_int_value();
    uint64_t mag = n < 0 ? uint64_t(0) - uint64_t(n) : uint64_t(n);
    BigIntObj* b = alloc_obj<BigIntObj>(vm, vm.t_int, 2 * sizeof(uint32_t));
    if (!b) return Value::null();
    b->negative = n < 0;
    b->limbs()[0] = uint32_t(mag);
    b->limbs()[1] = uint32_t(mag >> 32);
    b->size = b->limbs()[1] ? 2 : b->limbs()[0] ? 1 : 0;
    return Value::object(b);
  }
  if (v.is_qstr()) return new_text(vm, vm.t_str, str_view(vm, v));
  return v;
}

}  // namespace

Status subclass_retag(Vm& vm, Type* cls, Value native, Value* out) {
  native = CPY_VM_TRY(boxed(vm, native));
  if (!native.is_object() || native.as<Obj>()->type->kind != cls->kind) {
    return raise(vm, Exc::TypeError, "%q.__new__ made '%T', not a '%q'", cls->name, native, cls->name);
  }
  size_t size = vm.heap.allocation_size(native.as<Obj>());
  if (size == 0) return raise(vm, Exc::TypeError, "cannot derive from a constant '%T'", native);
  // A fresh copy, one word longer: shared objects (the empty tuple) stay as they are.
  auto* copy = static_cast<uint8_t*>(alloc_raw(vm, size + sizeof(Value)));
  if (!copy) return Status::kRaised;
  std::memcpy(copy, native.as<Obj>(), size);
  reinterpret_cast<Obj*>(copy)->type = cls;
  *out = Value::object(reinterpret_cast<Obj*>(copy));
  *subclass_attrs(vm, *out) = Value::null();
  return Status::kOk;
}

Value* subclass_attrs(Vm& vm, Value obj) {
  auto* base = reinterpret_cast<uint8_t*>(obj.as<Obj>());
  size_t size = vm.heap.allocation_size(base);
  return reinterpret_cast<Value*>(base + size - sizeof(Value));
}

Status subclass_new(Vm& vm, Type* cls, const Args& args, Value* out) {
  Type* base = builtin_base(cls);
  if (!base->make) return raise(vm, Exc::TypeError, "cannot create '%q' instances", cls->name);
  Value native;
  if (filled_by_init(base->kind)) {
    CPY_VM_CHECK(base->make(vm, Args{}, &native));
  } else {
    CPY_VM_CHECK(base->make(vm, args, &native));
  }
  return subclass_retag(vm, cls, native, out);
}

namespace {

// Refills the list, dict, set or bytearray [self] from constructor
// arguments, as list([...]) would: a fresh object's fields (pointers to
// its items) replace ours; the header stays, and so does a subclass
// instance's attribute slot, which lies past the layout.
Status refill(Vm& vm, Value self, const Args& args) {
  Kind kind = kind_of(vm, self);
  size_t layout = kind == Kind::kList ? sizeof(List) : kind == Kind::kBytearray ? sizeof(Bytearray) : sizeof(Dict);
  Value fresh;
  CPY_VM_CHECK(builtin_base(type_of(vm, self))->make(vm, args, &fresh));
  Obj* dst = self.as<Obj>();
  Type* cls = dst->type;
  std::memcpy(dst, fresh.as<Obj>(), layout);
  dst->type = cls;
  return Status::kOk;
}

}  // namespace

Status builtin_init(Vm& vm, const Args& args, Value* out) {
  *out = Value::none();
  if (!filled_by_init(kind_of(vm, args[0]))) {
    return raise(vm, Exc::TypeError, "descriptor '__init__' requires a list, dict, set or bytearray");
  }
  return refill(vm, args[0], Args{args.items + 1, args.n - 1, args.n_kw});
}

Status subclass_init(Vm& vm, Value self, const Args& args) {
  if (!filled_by_init(kind_of(vm, self)) || (args.n == 0 && args.n_kw == 0)) return Status::kOk;
  return refill(vm, self, args);
}

Status subclass_attr_get(Vm& vm, Value obj, uint32_t name, Value* out) {
  *out = Value::null();
  Value d = *subclass_attrs(vm, obj);
  if (name == vm.q.dict) {
    if (d.is_null()) {
      d = CPY_VM_TRY(new_dict(vm));
      *subclass_attrs(vm, obj) = d;
    }
    *out = d;
    return Status::kOk;
  }
  if (d.is_null()) return Status::kOk;
  return dict_get(vm, d, Value::qstr(name), out);
}

Status subclass_attr_set(Vm& vm, Value obj, uint32_t name, Value value) {
  Value d = *subclass_attrs(vm, obj);
  if (value.is_null()) {
    Value removed;
    if (!d.is_null()) CPY_VM_CHECK(dict_remove(vm, d, Value::qstr(name), &removed));
    if (removed.is_null()) {
      return raise(vm, Exc::AttributeError, "'%q' object has no attribute '%q'", type_of(vm, obj)->name, name);
    }
    return Status::kOk;
  }
  if (d.is_null()) {
    d = CPY_VM_TRY(new_dict(vm));
    *subclass_attrs(vm, obj) = d;
  }
  return dict_store(vm, d, Value::qstr(name), value);
}

}  // namespace cpy::vm

// ---- the builtins' special methods as attributes ----------------------------
//
// dict.__setitem__, int.__add__, list.__len__...: what super() reaches from
// a derived class (class Lower(dict): def __setitem__(self, k, v):
// super().__setitem__(k.lower(), v)). Each runs the builtin protocol with
// the instance seen as its builtin base for the length of the call, so the
// class's own override is not called again.

namespace cpy::vm {

namespace {

/// For the length of a scope, [v] (when it is an instance of a derived
/// class) has its builtin base as its type.
class AsBuiltin {
 public:
  explicit AsBuiltin(Value v) : obj_(is_native_subclass_instance(v) ? v.as<Obj>() : nullptr) {
    if (obj_) {
      saved_ = obj_->type;
      obj_->type = builtin_base(saved_);
    }
  }
  ~AsBuiltin() {
    if (obj_) obj_->type = saved_;
  }
  AsBuiltin(const AsBuiltin&) = delete;
  AsBuiltin& operator=(const AsBuiltin&) = delete;

 private:
  Obj* obj_;
  Type* saved_ = nullptr;
};

template <int Op>
Status slot_binary(Vm& vm, const Args& args, Value* out) {
  AsBuiltin g(args[0]);
  return binary_op(vm, Op, args[0], args[1], out);
}

template <int Op>
Status slot_rbinary(Vm& vm, const Args& args, Value* out) {
  AsBuiltin g(args[0]);
  return binary_op(vm, Op, args[1], args[0], out);
}

template <int Op>
Status slot_unary(Vm& vm, const Args& args, Value* out) {
  AsBuiltin g(args[0]);
  return unary_op(vm, Op, args[0], out);
}

Status slot_getitem(Vm& vm, const Args& args, Value* out) {
  AsBuiltin g(args[0]);
  return subscr(vm, args[0], args[1], out);
}

Status slot_setitem(Vm& vm, const Args& args, Value* out) {
  AsBuiltin g(args[0]);
  *out = Value::none();
  return store_subscr(vm, args[0], args[1], args[2]);
}

Status slot_delitem(Vm& vm, const Args& args, Value* out) {
  AsBuiltin g(args[0]);
  *out = Value::none();
  return store_subscr(vm, args[0], args[1], Value::null());
}

Status slot_contains(Vm& vm, const Args& args, Value* out) {
  AsBuiltin g(args[0]);
  bool r = false;
  CPY_VM_CHECK(contains(vm, args[0], args[1], &r));
  *out = Value::boolean(r);
  return Status::kOk;
}

Status slot_len(Vm& vm, const Args& args, Value* out) {
  AsBuiltin g(args[0]);
  size_t n = 0;
  CPY_VM_CHECK(length(vm, args[0], &n));
  *out = Value::small_int(intptr_t(n));
  return Status::kOk;
}

Status slot_iter(Vm& vm, const Args& args, Value* out) {
  AsBuiltin g(args[0]);
  return get_iter(vm, args[0], out);
}

Status slot_repr(Vm& vm, const Args& args, Value* out) {
  AsBuiltin g(args[0]);
  return repr(vm, args[0], out);
}

Status slot_str(Vm& vm, const Args& args, Value* out) {
  AsBuiltin g(args[0]);
  return to_str(vm, args[0], out);
}

// Which kinds have a slot.
constexpr uint32_t bit(Kind k) { return 1u << unsigned(k); }
constexpr uint32_t kNumbers = bit(Kind::kInt) | bit(Kind::kFloat);
constexpr uint32_t kSeqs = bit(Kind::kStr) | bit(Kind::kBytes) | bit(Kind::kBytearray) | bit(Kind::kList) |
                           bit(Kind::kTuple);
constexpr uint32_t kSets = bit(Kind::kSet) | bit(Kind::kFrozenset);
constexpr uint32_t kContainers = kSeqs | kSets | bit(Kind::kDict);
constexpr uint32_t kMutableSeqs = bit(Kind::kList) | bit(Kind::kBytearray);
constexpr uint32_t kAll = kNumbers | kContainers;

struct Slot {
  MethodDef def;
  uint32_t kinds;
};

constexpr Slot kSlots[] = {
    {method_def("__getitem__", &slot_getitem, 2, 2), kSeqs | bit(Kind::kDict)},
    {method_def("__setitem__", &slot_setitem, 3, 3), kMutableSeqs | bit(Kind::kDict)},
    {method_def("__delitem__", &slot_delitem, 2, 2), kMutableSeqs | bit(Kind::kDict)},
    {method_def("__contains__", &slot_contains, 2, 2), kContainers},
    {method_def("__len__", &slot_len, 1, 1), kContainers},
    {method_def("__iter__", &slot_iter, 1, 1), kContainers},
    {method_def("__repr__", &slot_repr, 1, 1), kAll},
    {method_def("__str__", &slot_str, 1, 1), kAll},
    {method_def("__eq__", &slot_binary<kEq>, 2, 2), kAll},
    {method_def("__ne__", &slot_binary<kNe>, 2, 2), kAll},
    {method_def("__lt__", &slot_binary<kLt>, 2, 2), kAll & ~bit(Kind::kDict)},
    {method_def("__le__", &slot_binary<kLe>, 2, 2), kAll & ~bit(Kind::kDict)},
    {method_def("__gt__", &slot_binary<kGt>, 2, 2), kAll & ~bit(Kind::kDict)},
    {method_def("__ge__", &slot_binary<kGe>, 2, 2), kAll & ~bit(Kind::kDict)},
    {method_def("__add__", &slot_binary<kAdd>, 2, 2), kNumbers | kSeqs},
    {method_def("__radd__", &slot_rbinary<kAdd>, 2, 2), kNumbers},
    {method_def("__mul__", &slot_binary<kMul>, 2, 2), kNumbers | kSeqs},
    {method_def("__rmul__", &slot_rbinary<kMul>, 2, 2), kNumbers | kSeqs},
    {method_def("__mod__", &slot_binary<kMod>, 2, 2), kNumbers | bit(Kind::kStr) | bit(Kind::kBytes)},
    {method_def("__rmod__", &slot_rbinary<kMod>, 2, 2), kNumbers},
    {method_def("__sub__", &slot_binary<kSub>, 2, 2), kNumbers | kSets},
    {method_def("__rsub__", &slot_rbinary<kSub>, 2, 2), kNumbers | kSets},
    {method_def("__truediv__", &slot_binary<kTrueDiv>, 2, 2), kNumbers},
    {method_def("__rtruediv__", &slot_rbinary<kTrueDiv>, 2, 2), kNumbers},
    {method_def("__floordiv__", &slot_binary<kFloorDiv>, 2, 2), kNumbers},
    {method_def("__rfloordiv__", &slot_rbinary<kFloorDiv>, 2, 2), kNumbers},
    {method_def("__pow__", &slot_binary<kPow>, 2, 2), kNumbers},
    {method_def("__rpow__", &slot_rbinary<kPow>, 2, 2), kNumbers},
    {method_def("__and__", &slot_binary<kAnd>, 2, 2), bit(Kind::kInt) | kSets},
    {method_def("__rand__", &slot_rbinary<kAnd>, 2, 2), bit(Kind::kInt) | kSets},
    {method_def("__or__", &slot_binary<kOr>, 2, 2), bit(Kind::kInt) | kSets | bit(Kind::kDict)},
    {method_def("__ror__", &slot_rbinary<kOr>, 2, 2), bit(Kind::kInt) | kSets | bit(Kind::kDict)},
    {method_def("__xor__", &slot_binary<kXor>, 2, 2), bit(Kind::kInt) | kSets},
    {method_def("__rxor__", &slot_rbinary<kXor>, 2, 2), bit(Kind::kInt) | kSets},
    {method_def("__lshift__", &slot_binary<kLshift>, 2, 2), bit(Kind::kInt)},
    {method_def("__rshift__", &slot_binary<kRshift>, 2, 2), bit(Kind::kInt)},
    {method_def("__iadd__", &slot_binary<kAdd - kInplaceDelta>, 2, 2), kMutableSeqs},
    {method_def("__neg__", &slot_unary<kNeg>, 1, 1), kNumbers},
    {method_def("__pos__", &slot_unary<kPos>, 1, 1), kNumbers},
    {method_def("__invert__", &slot_unary<kInvert>, 1, 1), bit(Kind::kInt)},
};

}  // namespace

const MethodDef* builtin_slot(Vm& vm, Type* type, uint32_t name) {
  if ((type->flags & kTypeIsUserClass) || !(type->flags & kTypeBaseable) || type->kind == Kind::kInstance) {
    return nullptr;
  }
  std::string_view text = vm.qstrs.text(name);
  if (text.size() < 5 || text[0] != '_' || text[1] != '_') return nullptr;
  for (const Slot& s : kSlots) {
    if ((s.kinds & bit(type->kind)) && text == s.def.name) return &s.def;
  }
  return nullptr;
}

}  // namespace cpy::vm
