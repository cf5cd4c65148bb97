// Attribute access: getattr, setattr, method loading, descriptors.
#include "runtime.h"

namespace cpy::vm {

namespace {

Value bound(Vm& vm, Value fn, Value self) {
  BoundMethod* m = alloc_obj<BoundMethod>(vm, vm.t_bound_method);
  if (!m) return Value::null();
  m->fn = fn;
  m->self = self;
  return Value::object(m);
}

// Binds a class attribute [attr] found on [type] for access through
// [self] (null for access on the class itself). dest[1] is set when the
// result is a method to be called with self.
Status bind_class_attr(Vm& vm, Value attr, Value self, Type* type, Value* dest, bool want_method) {
  dest[1] = Value::null();
  if (attr.is_object()) {
    Obj* o = attr.as<Obj>();
    switch (o->type->kind) {
      case Kind::kFunction:
      case Kind::kNative:
        if (o->type->kind == Kind::kNative && attr.as<NativeFn>()->is_classmethod) {
          self = Value::object(type);
        } else if (self.is_null()) {
          dest[0] = attr;
          return Status::kOk;
        }
        if (want_method) {
          dest[0] = attr;
          dest[1] = self;
          return Status::kOk;
        }
        dest[0] = CPY_VM_TRY(bound(vm, attr, self));
        return Status::kOk;
      case Kind::kStaticMethod:
        dest[0] = attr.as<Wrapper>()->fn;
        return Status::kOk;
      case Kind::kClassMethod:
        if (want_method) {
          dest[0] = attr.as<Wrapper>()->fn;
          dest[1] = Value::object(type);
          return Status::kOk;
        }
        dest[0] = CPY_VM_TRY(bound(vm, attr.as<Wrapper>()->fn, Value::object(type)));
        return Status::kOk;
      case Kind::kProperty:
        if (self.is_null()) {
          dest[0] = attr;
          return Status::kOk;
        }
        if (attr.as<Property>()->fget.is_null() || attr.as<Property>()->fget.is_none())
          return raise(vm, Exc::AttributeError, "unreadable attribute");
        return call1(vm, attr.as<Property>()->fget, self, dest);
      case Kind::kInstance: {
        // A user descriptor.
        Value get = type_lookup(vm, o->type, vm.q.get);
        if (!get.is_null()) {
          Value args[3] = {attr, self.is_null() ? Value::none() : self, Value::object(type)};
          return call(vm, get, Args{args, 3, 0}, dest);
        }
        break;
      }
      default:
        break;
    }
  }
  dest[0] = attr;
  return Status::kOk;
}

Status exception_attr(Vm& vm, Value obj, uint32_t name, Value* out) {
  Instance* e = obj.as<Instance>();
  if (name == vm.q.args) {
    *out = e->args.is_null() ? vm.empty_tuple : e->args;
  } else if (name == vm.q.value || name == vm.q.code || name == vm.q.errno_) {
    if (name == vm.q.errno_ && !is_subtype(e->type, vm.exc[size_t(Exc::OSError)])) return Status::kOk;
    if (name == vm.q.value && !is_subtype(e->type, vm.exc[size_t(Exc::StopIteration)])) return Status::kOk;
    if (name == vm.q.code && !is_subtype(e->type, vm.exc[size_t(Exc::SystemExit)])) return Status::kOk;
    Tuple* a = e->args.is_object() ? e->args.as<Tuple>() : nullptr;
    *out = a && a->size ? a->items()[0] : Value::none();
  } else if (name == vm.q.strerror && is_subtype(e->type, vm.exc[size_t(Exc::OSError)])) {
    Tuple* a = e->args.is_object() ? e->args.as<Tuple>() : nullptr;
    *out = a && a->size > 1 ? a->items()[1] : Value::none();
  } else if (name == vm.q.cause) {
    *out = e->cause.is_null() ? Value::none() : e->cause;
  } else if (name == vm.q.context) {
    *out = e->context.is_null() ? Value::none() : e->context;
  } else if (name == vm.q.suppress_context) {
    *out = Value::boolean(e->suppress_context);
  } else if (name == vm.q.traceback) {
    *out = Value::none();
  }
  return Status::kOk;
}

// Attributes every object has, or that some builtin kinds provide without
// a method table entry.
Status special_attr(Vm& vm, Value obj, uint32_t name, Value* out) {
  Type* t = type_of(vm, obj);
  if (name == vm.q.class_) {
    *out = Value::object(t);
    return Status::kOk;
  }
  if (name == vm.q.doc) {
    // Docstrings are not kept in .mpy files: every object's __doc__ is None.
    *out = Value::none();
    return Status::kOk;
  }
  switch (t->kind) {
    case Kind::kType: {
      Type* ty = obj.as<Type>();
      if (name == vm.q.name || name == vm.q.qualname)
        *out = Value::qstr(ty->name);
      else if (name == vm.q.bases)
        *out = CPY_VM_TRY(type_bases_tuple(vm, ty));
      else if (name == vm.q.mro)
        *out = CPY_VM_TRY(type_mro_tuple(vm, ty));
      else if (name == vm.q.dict) {
        CPY_VM_CHECK(type_materialize(vm, ty));
        Value d = CPY_VM_TRY(new_dict(vm));
        for (const Map::Entry* e = ty->dict.begin(); e != ty->dict.end(); ++e) {
          if (!e->key.is_null()) CPY_VM_CHECK(dict_store(vm, d, e->key, e->value));
        }
        *out = d;
      }
      return Status::kOk;
    }
    case Kind::kFunction:
      if (!obj.as<Function>()->attrs.is_null()) {
        CPY_VM_CHECK(dict_get(vm, obj.as<Function>()->attrs, Value::qstr(name), out));
        if (!out->is_null()) return Status::kOk;
      }
      if (name == vm.q.dict) {
        Function* fn = obj.as<Function>();
        if (fn->attrs.is_null()) fn->attrs = CPY_VM_TRY(new_dict(vm));
        *out = fn->attrs;
      } else if (name == vm.q.name || name == vm.q.qualname)
        *out = Value::qstr(obj.as<Function>()->code->name);
      else if (name == vm.q.module) {
        Value n;
        CPY_VM_CHECK(dict_get(vm, obj.as<Function>()->globals, Value::qstr(vm.q.name), &n));
        *out = n.is_null() ? Value::none() : n;
      }
      return Status::kOk;
    case Kind::kNative:
      if (name == vm.q.name || name == vm.q.qualname) *out = Value::qstr(obj.as<NativeFn>()->name);
      return Status::kOk;
    case Kind::kBoundMethod:
      if (name == vm.q.func)
        *out = obj.as<BoundMethod>()->fn;
      else if (name == vm.q.self)
        *out = obj.as<BoundMethod>()->self;
      else if (name == vm.q.name)
        return get_attr_maybe(vm, obj.as<BoundMethod>()->fn, name, out);
      return Status::kOk;
    case Kind::kModule:
      if (name == vm.q.dict) {
        CPY_VM_CHECK(module_materialize(vm, obj.as<Module>()));
        *out = obj.as<Module>()->globals;
      }
      return Status::kOk;
    case Kind::kGenerator:
      if (name == vm.q.name || name == vm.q.qualname) *out = obj.as<Generator>()->name;
      return Status::kOk;
    case Kind::kStaticMethod:
    case Kind::kClassMethod:
      if (name == vm.q.func) *out = obj.as<Wrapper>()->fn;
      return Status::kOk;
    case Kind::kProperty:
      if (name == vm.q.fget) *out = obj.as<Property>()->fget;
      if (name == vm.q.fset) *out = obj.as<Property>()->fset;
      if (name == vm.q.fdel) *out = obj.as<Property>()->fdel;
      return Status::kOk;
    case Kind::kInstance:
      if (name == vm.q.dict) return instance_dict(vm, obj.as<Instance>(), out);
      if (t->flags & kTypeIsException) return exception_attr(vm, obj, name, out);
      return Status::kOk;
    case Kind::kInt:
    case Kind::kBool:
      if (name == vm.q.real)
        *out = obj.is_bool() ? Value::small_int(obj == Value::true_value()) : obj;
      else if (name == vm.q.imag)
        *out = Value::small_int(0);
      return Status::kOk;
    case Kind::kFloat:
      if (name == vm.q.real)
        *out = obj;
      else if (name == vm.q.imag)
        *out = CPY_VM_TRY(new_float(vm, 0.0));
      return Status::kOk;
    case Kind::kRange:
    case Kind::kSlice: {
      Value start, stop, step;
      if (t->kind == Kind::kRange) {
        Range* r = obj.as<Range>();
        start = Value::small_int(r->start);
        stop = Value::small_int(r->stop);
        step = Value::small_int(r->step);
      } else {
        Slice* s = obj.as<Slice>();
        start = s->start;
        stop = s->stop;
        step = s->step;
      }
      if (name == vm.q.start)
        *out = start;
      else if (name == vm.q.stop)
        *out = stop;
      else if (name == vm.q.step)
        *out = step;
      return Status::kOk;
    }
    default:
      return Status::kOk;
  }
}

// Attribute lookup on an instance of a class statement's class: data
// descriptors, the instance's own attributes, the class, __getattr__.
Status load_instance_attr(Vm& vm, Value obj, Type* t, uint32_t name, Value* dest, bool want_method) {
      Value attr = type_lookup(vm, t, name);
      // Data descriptors (properties, or objects with __set__) win over the instance dict.
      bool data_desc = false;
      if (attr.is_object()) {
        Type* at = attr.as<Obj>()->type;
        data_desc =
            at->kind == Kind::kProperty || (at->kind == Kind::kInstance && !type_lookup(vm, at, vm.q.set).is_null());
      }
      if (!data_desc) {
        Value v;
        if (t->kind == Kind::kInstance) {
          CPY_VM_CHECK(instance_attr_get(vm, obj.as<Instance>(), name, &v));
        } else {
          CPY_VM_CHECK(subclass_attr_get(vm, obj, name, &v));
        }
        if (!v.is_null()) {
          dest[0] = v;
          return Status::kOk;
        }
      }
      if (!attr.is_null()) return bind_class_attr(vm, attr, obj, t, dest, want_method);
      CPY_VM_CHECK(special_attr(vm, obj, name, dest));
      if (!dest[0].is_null()) return Status::kOk;
      if (t->flags & kTypeHasGetattr) {
        Value ga = type_lookup(vm, t, vm.q.getattr);
        if (!ga.is_null()) {
          Value args[2] = {obj, Value::qstr(name)};
          return call(vm, ga, Args{args, 2, 0}, dest);
        }
      }
      return Status::kOk;
}

// The lookup behind getattr and LOAD_METHOD. dest[0] null when not found.
Status load_attr(Vm& vm, Value obj, uint32_t name, Value* dest, bool want_method) {
  dest[0] = dest[1] = Value::null();
  Type* t = type_of(vm, obj);
  switch (t->kind) {
    case Kind::kInstance:
      return load_instance_attr(vm, obj, t, name, dest, want_method);
    case Kind::kType: {
      Type* ty = obj.as<Type>();
      Value attr = type_lookup(vm, ty, name);
      if (!attr.is_null()) return bind_class_attr(vm, attr, Value::null(), ty, dest, want_method);
      CPY_VM_CHECK(special_attr(vm, obj, name, dest));
      if (!dest[0].is_null()) return Status::kOk;
      // Methods of type itself (mro, __subclasses__...).
      attr = type_lookup(vm, vm.t_type, name);
      if (!attr.is_null()) return bind_class_attr(vm, attr, obj, vm.t_type, dest, want_method);
      return Status::kOk;
    }
    case Kind::kModule: {
      CPY_VM_CHECK(module_lookup(vm, obj.as<Module>(), name, dest));
      if (!dest[0].is_null()) return Status::kOk;
      CPY_VM_CHECK(special_attr(vm, obj, name, dest));
      if (!dest[0].is_null() || name == vm.q.getattr) return Status::kOk;
      // PEP 562: a module-level __getattr__(name) answers what the globals lack.
      Value hook;
      CPY_VM_CHECK(dict_get(vm, obj.as<Module>()->globals, Value::qstr(vm.q.getattr), &hook));
      if (hook.is_null()) return Status::kOk;
      return call1(vm, hook, Value::qstr(name), dest);
    }
    case Kind::kSuper: {
      Super* s = obj.as<Super>();
      return super_load(vm, s->cls, s->self, name, dest, want_method);
    }
    default: {
      if (is_native_subclass(t)) return load_instance_attr(vm, obj, t, name, dest, want_method);
      Value attr = type_lookup(vm, t, name);
      if (!attr.is_null()) return bind_class_attr(vm, attr, obj, t, dest, want_method);
      return special_attr(vm, obj, name, dest);
    }
  }
}

Status attr_error(Vm& vm, Value obj, uint32_t name) {
  Type* t = type_of(vm, obj);
  if (t->kind == Kind::kType) {
    return raise(vm, Exc::AttributeError, "type object '%q' has no attribute '%q'", obj.as<Type>()->name, name);
  }
  if (t->kind == Kind::kModule) {
    return raise(vm, Exc::AttributeError, "module '%q' has no attribute '%q'", obj.as<Module>()->name, name);
  }
  return raise(vm, Exc::AttributeError, "'%q' object has no attribute '%q'", t->name, name);
}

}  // namespace

Status super_load(Vm& vm, Type* after, Value self, uint32_t name, Value* dest, bool want_method) {
  dest[0] = dest[1] = Value::null();
  Type* t = is_obj_of(self, vm.t_type) && !is_instance(vm, self, after) ? self.as<Type>() : type_of(vm, self);
  MroWalk walk(t);
  for (Type* m = walk.next(); m && m != after;) m = walk.next();
  while (Type* base = walk.next()) {
    Value attr = type_own_lookup(vm, base, name);
    if (!attr.is_null()) {
      if (t == self.as<Type>() && is_obj_of(self, vm.t_type) && t != type_of(vm, self)) {
        // super() in a classmethod: bind to the class.
        return bind_class_attr(vm, attr, Value::null(), t, dest, want_method);
      }
      return bind_class_attr(vm, attr, self, t, dest, want_method);
    }
  }
  return raise(vm, Exc::AttributeError, "'super' object has no attribute '%q'", name);
}

Status get_attr(Vm& vm, Value obj, uint32_t name, Value* out) {
  Value dest[2];
  CPY_VM_CHECK(load_attr(vm, obj, name, dest, false));
  if (dest[0].is_null()) return attr_error(vm, obj, name);
  *out = dest[0];
  return Status::kOk;
}

Status get_attr_maybe(Vm& vm, Value obj, uint32_t name, Value* out) {
  Value dest[2];
  if (load_attr(vm, obj, name, dest, false) == Status::kRaised) {
    if (!pending_is(vm, Exc::AttributeError)) return Status::kRaised;
    vm.pending = Value::null();
    dest[0] = Value::null();
  }
  *out = dest[0];
  return Status::kOk;
}

Status load_method(Vm& vm, Value obj, uint32_t name, Value* dest) {
  CPY_VM_CHECK(load_attr(vm, obj, name, dest, true));
  if (dest[0].is_null()) return attr_error(vm, obj, name);
  return Status::kOk;
}

Status load_method_maybe(Vm& vm, Value obj, uint32_t name, Value* dest) {
  if (load_attr(vm, obj, name, dest, true) == Status::kRaised) {
    if (!pending_is(vm, Exc::AttributeError)) return Status::kRaised;
    vm.pending = Value::null();
    dest[0] = dest[1] = Value::null();
  }
  return Status::kOk;
}

namespace {
// Stores [value] as attribute [name] of [owner] (an instance or a type) in
// its [map]; a null [value] deletes.
Status store_in_map(Vm& vm, Map& map, uint32_t name, Value value, Value owner) {
  KeyOps simple{};
  if (value.is_null()) {
    Value removed;
    CPY_VM_CHECK(map.remove(Value::qstr(name), simple, &removed));
    if (removed.is_null()) return attr_error(vm, owner, name);
    return Status::kOk;
  }
  bool stored = false;
  CPY_VM_CHECK(map.store_may_collect(vm.heap, Value::qstr(name), value, simple, &stored));
  if (!stored) {
    set_memory_error(vm);
    return Status::kRaised;
  }
  return Status::kOk;
}
}  // namespace

/// object.__setattr__ semantics: descriptors, then the instance dict.
Status instance_set_attr(Vm& vm, Value obj, uint32_t name, Value value) {
  Type* t = type_of(vm, obj);
  Value attr = type_lookup(vm, t, name);
  if (attr.is_object()) {
    Type* at = attr.as<Obj>()->type;
    if (at->kind == Kind::kProperty) {
      Property* p = attr.as<Property>();
      Value fn = value.is_null() ? p->fdel : p->fset;
      if (fn.is_null() || fn.is_none()) return raise(vm, Exc::AttributeError, "can't set attribute");
      Value r;
      if (value.is_null()) return call1(vm, fn, obj, &r);
      return call2(vm, fn, obj, value, &r);
    }
    if (at->kind == Kind::kInstance) {
      Value setter = type_lookup(vm, at, value.is_null() ? vm.q.delete_ : vm.q.set);
      if (!setter.is_null()) {
        Value args[3] = {attr, obj, value};
        Value r;
        return call(vm, setter, Args{args, size_t(value.is_null() ? 2 : 3), 0}, &r);
      }
    }
  }
  if (t->kind != Kind::kInstance) return subclass_attr_set(vm, obj, name, value);
  Instance* inst = obj.as<Instance>();
  if (t->flags & kTypeIsException) {
    if (name == vm.q.cause) {
      inst->cause = value;
      inst->suppress_context = true;
      return Status::kOk;
    }
    if (name == vm.q.context) {
      inst->context = value;
      return Status::kOk;
    }
    if (name == vm.q.suppress_context) {
      bool b = false;
      CPY_VM_CHECK(truthy(vm, value, &b));
      inst->suppress_context = b;
      return Status::kOk;
    }
    if (name == vm.q.traceback) return Status::kOk;
  }
  if (!inst->dict_obj.is_null()) {
    if (!value.is_null()) return dict_store(vm, inst->dict_obj, Value::qstr(name), value);
    Value removed;
    CPY_VM_CHECK(dict_remove(vm, inst->dict_obj, Value::qstr(name), &removed));
    if (removed.is_null()) return attr_error(vm, obj, name);
    return Status::kOk;
  }
  return store_in_map(vm, inst->dict, name, value, obj);
}

Status instance_attr_get(Vm& vm, Instance* inst, uint32_t name, Value* out) {
  *out = Value::null();
  if (!inst->dict_obj.is_null()) return dict_get(vm, inst->dict_obj, Value::qstr(name), out);
  KeyOps simple{};
  (void)inst->dict.lookup(Value::qstr(name), simple, out);
  return Status::kOk;
}

Status instance_dict(Vm& vm, Instance* inst, Value* out) {
  if (inst->dict_obj.is_null()) {
    Value d = CPY_VM_TRY(new_dict(vm));
    for (const Map::Entry* e = inst->dict.begin(); e != inst->dict.end(); ++e) {
      if (!e->key.is_null()) CPY_VM_CHECK(dict_store(vm, d, e->key, e->value));
    }
    inst->dict_obj = d;
    inst->dict.clear();
  }
  *out = inst->dict_obj;
  return Status::kOk;
}

Status set_attr(Vm& vm, Value obj, uint32_t name, Value value) {
  Type* t = type_of(vm, obj);
  switch (is_native_subclass(t) ? Kind::kInstance : t->kind) {
    case Kind::kInstance:
      if (t->flags & kTypeHasSetattr) {
        Value fn = user_method(vm, t, value.is_null() ? vm.q.delattr : vm.q.setattr);
        if (!fn.is_null()) {
          Value args[3] = {obj, Value::qstr(name), value};
          Value r;
          return call(vm, fn, Args{args, size_t(value.is_null() ? 2 : 3), 0}, &r);
        }
      }
      return instance_set_attr(vm, obj, name, value);
    case Kind::kType: {
      Type* ty = obj.as<Type>();
      if (!(ty->flags & kTypeIsUserClass)) {
        return raise(vm, Exc::TypeError, "can't set attributes of built-in/extension type '%q'", ty->name);
      }
      if (name == vm.q.getattr) ty->flags |= kTypeHasGetattr;
      if (name == vm.q.setattr || name == vm.q.delattr) ty->flags |= kTypeHasSetattr;
      ++vm.type_epoch;  // type_lookup's cached answers may change
      return store_in_map(vm, ty->dict, name, value, obj);
    }
    case Kind::kModule:
      if (value.is_null()) {
        Value removed;
        CPY_VM_CHECK(module_materialize(vm, obj.as<Module>()));
        CPY_VM_CHECK(dict_remove(vm, obj.as<Module>()->globals, Value::qstr(name), &removed));
        if (removed.is_null()) return attr_error(vm, obj, name);
        return Status::kOk;
      }
      return dict_store(vm, obj.as<Module>()->globals, Value::qstr(name), value);
    case Kind::kFunction: {
      // Functions carry attributes of their own (memo tables, flags, ...).
      Function* fn = obj.as<Function>();
      if (value.is_null()) {
        Value removed;
        if (!fn->attrs.is_null()) CPY_VM_CHECK(dict_remove(vm, fn->attrs, Value::qstr(name), &removed));
        if (removed.is_null()) return attr_error(vm, obj, name);
        return Status::kOk;
      }
      if (fn->attrs.is_null()) fn->attrs = CPY_VM_TRY(new_dict(vm));
      return dict_store(vm, fn->attrs, Value::qstr(name), value);
    }
    default:
      return raise(vm, Exc::AttributeError, "'%q' object has no attribute '%q'", t->name, name);
  }
}

}  // namespace cpy::vm
