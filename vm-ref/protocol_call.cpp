// Calling anything callable.
#include <cstring>

#include "runtime.h"

namespace cpy::vm {

namespace {

Status call_native(Vm& vm, NativeFn* f, const Args& args, Value* out) {
  if (args.n_kw && !f->takes_kw) {
    return raise(vm, Exc::TypeError, "%q() takes no keyword arguments", f->name);
  }
  if (int(args.n) < f->min_args || (f->max_args >= 0 && int(args.n) > f->max_args)) {
    if (f->min_args == f->max_args) {
      return raise(vm, Exc::TypeError, "%q() takes exactly %d arguments (%d given)", f->name, int(f->min_args),
                   int(args.n));
    }
    if (int(args.n) < f->min_args) {
      return raise(vm, Exc::TypeError, "%q() takes at least %d arguments (%d given)", f->name, int(f->min_args),
                   int(args.n));
    }
    return raise(vm, Exc::TypeError, "%q() takes at most %d arguments (%d given)", f->name, int(f->max_args),
                 int(args.n));
  }
  *out = Value::null();
  Status s = f->impl(vm, args, out);
  if (s == Status::kOk && out->is_null()) *out = Value::none();
  return s;
}

}  // namespace

/// Calls [fn] with [self] prepended to [args].
Status call_with_self(Vm& vm, Value fn, Value self, const Args& args, Value* out) {
  size_t total = 1 + args.n + 2 * args.n_kw;
  Value local[24];
  Value* items = local;
  if (total > 24) {
    items = static_cast<Value*>(alloc_raw(vm, total * sizeof(Value)));
    if (!items) return Status::kRaised;
  }
  items[0] = self;
  if (total > 1) std::memcpy(items + 1, args.items, (total - 1) * sizeof(Value));
  return call(vm, fn, Args{items, args.n + 1, args.n_kw}, out);
}

Status call(Vm& vm, Value fn, const Args& args, Value* out) {
  DepthGuard guard(vm);
  if (guard.too_deep()) return raise_recursion(vm);
  Type* t = type_of(vm, fn);
  switch (t->kind) {
    case Kind::kFunction:
      return call_function(vm, fn.as<Function>(), args, out);
    case Kind::kNative:
      return call_native(vm, fn.as<NativeFn>(), args, out);
    case Kind::kBoundMethod:
      return call_with_self(vm, fn.as<BoundMethod>()->fn, fn.as<BoundMethod>()->self, args, out);
    case Kind::kType:
      return type_call(vm, fn.as<Type>(), args, out);
    case Kind::kStaticMethod:
      return call(vm, fn.as<Wrapper>()->fn, args, out);
    case Kind::kInstance: {
      Value c = type_lookup(vm, t, vm.q.call);
      if (!c.is_null()) return call_with_self(vm, c, fn, args, out);
      break;
    }
    default:
      break;
  }
  return raise(vm, Exc::TypeError, "'%q' object is not callable", t->name);
}

bool is_callable(Vm& vm, Value v) {
  Type* t = type_of(vm, v);
  switch (t->kind) {
    case Kind::kFunction:
    case Kind::kNative:
    case Kind::kBoundMethod:
    case Kind::kType:
    case Kind::kStaticMethod:
      return true;
    case Kind::kInstance:
      return !type_lookup(vm, t, vm.q.call).is_null();
    default:
      return false;
  }
}

Status call0(Vm& vm, Value fn, Value* out) { return call(vm, fn, Args{nullptr, 0, 0}, out); }

Status call1(Vm& vm, Value fn, Value a, Value* out) {
  Value args[1] = {a};
  return call(vm, fn, Args{args, 1, 0}, out);
}

Status call2(Vm& vm, Value fn, Value a, Value b, Value* out) {
  Value args[2] = {a, b};
  return call(vm, fn, Args{args, 2, 0}, out);
}

Status call_method(Vm& vm, Value obj, uint32_t name, size_t n, const Value* args, Value* out, bool* found) {
  Value dest[2];
  if (found) {
    CPY_VM_CHECK(load_method_maybe(vm, obj, name, dest));
    *found = !dest[0].is_null();
    if (!*found) return Status::kOk;
  } else {
    CPY_VM_CHECK(load_method(vm, obj, name, dest));
  }
  if (dest[1].is_null()) return call(vm, dest[0], Args{args, n, 0}, out);
  return call_with_self(vm, dest[0], dest[1], Args{args, n, 0}, out);
}

}  // namespace cpy::vm
