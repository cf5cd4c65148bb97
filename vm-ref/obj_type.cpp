// Classes: type(), class statements (C3 method resolution order),
// instances, object's methods, property, staticmethod, classmethod, super.
#include <cstring>

#include "runtime.h"

namespace cpy::vm {

namespace {

// C3 linearisation of [bases] for a new class; fills [out] (without the class itself).
Status c3_merge(Vm& vm, Value bases, Value* out) {
  Tuple* b = bases.as<Tuple>();
  size_t n_lists = b->size + 1;
  // Each list: a tuple (a base's MRO, then the bases themselves) and a cursor.
  auto* lists = static_cast<Value*>(alloc_raw(vm, n_lists * sizeof(Value)));
  auto* cursor = static_cast<size_t*>(alloc_raw(vm, n_lists * sizeof(size_t)));
  if (!lists || !cursor) return Status::kRaised;
  for (size_t i = 0; i < b->size; ++i) lists[i] = CPY_VM_TRY(type_mro_tuple(vm, b->items()[i].as<Type>()));
  lists[b->size] = bases;
  Value result = CPY_VM_TRY(new_list(vm, 0));
  for (;;) {
    bool any = false;
    Value pick = Value::null();
    for (size_t i = 0; i < n_lists && pick.is_null(); ++i) {
      Tuple* l = lists[i].as<Tuple>();
      if (cursor[i] >= l->size) continue;
      any = true;
      Value head = l->items()[cursor[i]];
      bool in_tail = false;
      for (size_t j = 0; j < n_lists && !in_tail; ++j) {
        Tuple* o = lists[j].as<Tuple>();
        for (size_t k = cursor[j] + 1; k < o->size; ++k) {
          if (o->items()[k] == head) {
            in_tail = true;
            break;
          }
        }
      }
      if (!in_tail) pick = head;
    }
    if (!any) break;
    if (pick.is_null()) {
      return raise(vm, Exc::TypeError, "Cannot create a consistent method resolution order (MRO)");
    }
    CPY_VM_CHECK(list_append(vm, result, pick));
    for (size_t i = 0; i < n_lists; ++i) {
      Tuple* l = lists[i].as<Tuple>();
      if (cursor[i] < l->size && l->items()[cursor[i]] == pick) ++cursor[i];
    }
  }
  *out = result;
  return Status::kOk;
}

Status make_class(Vm& vm, Value name, Value bases, Value ns, Value* out) {
  if (!is_str(vm, name)) return raise(vm, Exc::TypeError, "type() argument 1 must be str");
  Value qname = CPY_VM_TRY(intern(vm, str_view(vm, name)));
  if (bases.is_null() || bases.as<Tuple>()->size == 0) {
    Value obj = Value::object(vm.t_object);
    bases = CPY_VM_TRY(new_tuple(vm, 1, &obj));
  }
  Tuple* b = bases.as<Tuple>();
  uint8_t flags = kTypeIsUserClass | kTypeBaseable;
  Kind kind = Kind::kInstance;  // a builtin base (list, dict, str...) gives its kind
  for (size_t i = 0; i < b->size; ++i) {
    Value base = b->items()[i];
    if (!is_obj_of(base, vm.t_type)) return raise(vm, Exc::TypeError, "bases must be types");
    Type* bt = base.as<Type>();
    if (!(bt->flags & kTypeBaseable)) {
      return raise(vm, Exc::TypeError, "type '%q' is not an acceptable base type", bt->name);
    }
    if (bt->kind != Kind::kInstance) {
      if (kind != Kind::kInstance && kind != bt->kind) {
        return raise(vm, Exc::TypeError, "multiple bases have instance lay-out conflict");
      }
      if ((flags & kTypeIsException) || (bt->flags & kTypeIsException)) {
        return raise(vm, Exc::TypeError, "multiple bases have instance lay-out conflict");
      }
      kind = bt->kind;
    }
    flags |= bt->flags & (kTypeIsException | kTypeHasGetattr | kTypeHasSetattr);
  }
  if (kind != Kind::kInstance && (flags & kTypeIsException)) {
    return raise(vm, Exc::TypeError, "multiple bases have instance lay-out conflict");
  }
  Value mro_list;
  CPY_VM_CHECK(c3_merge(vm, bases, &mro_list));
  Type* t = alloc_obj<Type>(vm, vm.t_type);
  if (!t) return Status::kRaised;
  t->kind = kind;
  t->name = qname.qstr_id();
  ++vm.type_epoch;
  t->bases = bases;
  List* ml = mro_list.as<List>();
  Value mro = CPY_VM_TRY(new_tuple(vm, ml->size + 1));
  mro.as<Tuple>()->items()[0] = Value::object(t);
  for (size_t i = 0; i < ml->size; ++i) mro.as<Tuple>()->items()[i + 1] = ml->items[i];
  t->mro = mro;
  Map& m = ns.as<Dict>()->map;
  KeyOps simple{};
  for (size_t i = 0; m.begin() + i < m.end(); ++i) {
    Map::Entry e = m.begin()[i];
    if (e.key.is_null()) continue;
    Value key = e.key;
    if (!key.is_qstr()) {
      if (!is_str(vm, key)) continue;
      key = CPY_VM_TRY(intern(vm, str_view(vm, key)));
    }
    if (key.qstr_id() == vm.q.getattr) flags |= kTypeHasGetattr;
    if (key.qstr_id() == vm.q.setattr || key.qstr_id() == vm.q.delattr) flags |= kTypeHasSetattr;
    bool stored = false;
    CPY_VM_CHECK(t->dict.store_may_collect(vm.heap, key, e.value, simple, &stored));
    if (!stored) {
      set_memory_error(vm);
      return Status::kRaised;
    }
  }
  t->flags = flags;
  *out = Value::object(t);
  // __set_name__ on descriptors defined in the body.
  for (size_t i = 0; t->dict.begin() + i < t->dict.end(); ++i) {
    Map::Entry e = t->dict.begin()[i];
    if (e.key.is_null() || kind_of(vm, e.value) != Kind::kInstance) continue;
    Value sn = user_method(vm, type_of(vm, e.value), vm.q.set_name);
    if (sn.is_null()) continue;
    Value a[2] = {*out, e.key};
    Value r;
    CPY_VM_CHECK(call_with_self(vm, sn, e.value, Args{a, 2, 0}, &r));
  }
  return Status::kOk;
}

}  // namespace

Status build_class(Vm& vm, const Args& args, Value* out) {
  if (args.n < 2) return raise(vm, Exc::TypeError, "__build_class__: not enough arguments");
  Value body = args[0];
  if (kind_of(vm, body) != Kind::kFunction)
    return raise(vm, Exc::TypeError, "__build_class__: func must be a function");
  Value ns = CPY_VM_TRY(new_dict(vm));
  Frame* frame = make_frame(vm, body.as<Function>(), Args{});
  if (!frame) return Status::kRaised;
  frame->locals = ns;
  Value cell;
  bool yielded = false;
  {
    DepthGuard guard(vm);
    if (guard.too_deep()) return raise_recursion(vm);
    CPY_VM_CHECK(run_frame(vm, frame, Value::null(), &cell, &yielded));
  }
  Value bases = CPY_VM_TRY(new_tuple(vm, args.n - 2, args.items + 2));
  Value metaclass = Value::null();
  for (size_t i = 0; i < args.n_kw; ++i) {
    if (str_view(vm, args.kw_name(i)) == "metaclass") metaclass = args.kw_value(i);
  }
  Value cls;
  if (!metaclass.is_null() && metaclass != Value::object(vm.t_type)) {
    Value a[3] = {args[1], bases, ns};
    CPY_VM_CHECK(call(vm, metaclass, Args{a, 3, 0}, &cls));
  } else {
    CPY_VM_CHECK(make_class(vm, args[1], bases, ns, &cls));
  }
  if (kind_of(vm, cell) == Kind::kCell) cell.as<Cell>()->value = cls;
  // __init_subclass__ of the nearest base that defines one, with the class keywords.
  if (is_obj_of(cls, vm.t_type)) {
    Type* t = cls.as<Type>();
    MroWalk walk(t);
    walk.next();
    while (Type* base = walk.next()) {
      Value isc = type_own_lookup(vm, base, vm.q.init_subclass);
      if (isc.is_null()) continue;
      if (kind_of(vm, isc) == Kind::kNative) break;
      Value fn = kind_of(vm, isc) == Kind::kClassMethod ? isc.as<Wrapper>()->fn : isc;
      size_t nkw = 0;
      Value kw[16];
      for (size_t k = 0; k < args.n_kw && nkw < 8; ++k) {
        if (str_view(vm, args.kw_name(k)) == "metaclass") continue;
        kw[2 * nkw] = args.kw_name(k);
        kw[2 * nkw + 1] = args.kw_value(k);
        ++nkw;
      }
      Value r;
      CPY_VM_CHECK(call_with_self(vm, fn, cls, Args{kw, 0, nkw}, &r));
      break;
    }
  }
  *out = cls;
  return Status::kOk;
}

Status type_call(Vm& vm, Type* type, const Args& args, Value* out) {
  if (type == vm.t_type) {
    if (args.n == 1 && !args.n_kw) {
      *out = Value::object(type_of(vm, args[0]));
      return Status::kOk;
    }
    if (args.n == 3) {
      if (!is_obj_of(args[1], vm.t_tuple) || kind_of(vm, args[2]) != Kind::kDict) {
        return raise(vm, Exc::TypeError, "type() argument types");
      }
      return make_class(vm, args[0], args[1], args[2], out);
    }
    return raise(vm, Exc::TypeError, "type() takes 1 or 3 arguments");
  }
  if (!(type->flags & kTypeIsUserClass) && type->kind != Kind::kInstance) {
    if (!type->make) return raise(vm, Exc::TypeError, "cannot create '%q' instances", type->name);
    return type->make(vm, args, out);
  }
  Value self;
  Value new_fn = user_method(vm, type, vm.q.new_);
  if (kind_of(vm, new_fn) == Kind::kStaticMethod && kind_of(vm, new_fn.as<Wrapper>()->fn) == Kind::kNative) {
    new_fn = Value::null();  // object.__new__
  }
  if (!new_fn.is_null()) {
    Value fn = kind_of(vm, new_fn) == Kind::kStaticMethod ? new_fn.as<Wrapper>()->fn : new_fn;
    CPY_VM_CHECK(call_with_self(vm, fn, Value::object(type), args, &self));
    if (!is_instance(vm, self, type)) {
      *out = self;
      return Status::kOk;
    }
  } else if (type->kind != Kind::kInstance) {
    CPY_VM_CHECK(subclass_new(vm, type, args, &self));
  } else {
    Instance* inst = alloc_obj<Instance>(vm, type);
    if (!inst) return Status::kRaised;
    self = Value::object(inst);
    if (type->flags & kTypeIsException) {
      inst->args = CPY_VM_TRY(new_tuple(vm, args.n, args.items));
    }
  }
  Value init = user_method(vm, type, vm.q.init);
  if (!init.is_null()) {
    Value r;
    CPY_VM_CHECK(call_with_self(vm, init, self, args, &r));
    if (!r.is_none()) return raise(vm, Exc::TypeError, "__init__() should return None, not '%T'", r);
  } else if (type->kind != Kind::kInstance) {
    CPY_VM_CHECK(subclass_init(vm, self, args));
  } else if ((args.n || args.n_kw) && new_fn.is_null() && !(type->flags & kTypeIsException)) {
    return raise(vm, Exc::TypeError, "%q() takes no arguments", type->name);
  }
  *out = self;
  return Status::kOk;
}

namespace {
// object.__repr__ of an instance: <module.Class object at 0x...>.
void address_repr(Vm& vm, Value v, Buf& buf) {
  Type* t = type_of(vm, v);
  buf.add("<");
  Value mod = type_lookup(vm, t, vm.q.module);
  if (is_str(vm, mod)) {
    buf.add(str_view(vm, mod));
    buf.add(".");
  }
  buf.add(vm.qstrs.text(t->name));
  buf.add(" object at ");
  buf.add_hex(v.bits());
  buf.add(">");
}
}  // namespace

Status instance_repr(Vm& vm, Value v, Buf& buf) {
  Type* t = type_of(vm, v);
  Value m = user_method(vm, t, vm.q.repr);
  if (!m.is_null()) {
    Value r;
    CPY_VM_CHECK(call_with_self(vm, m, v, Args{}, &r));
    if (!is_str(vm, r)) return raise(vm, Exc::TypeError, "__repr__ returned non-string (type %T)", r);
    buf.add(str_view(vm, r));
    return Status::kOk;
  }
  if (t->flags & kTypeIsException) return exception_repr(vm, v, buf);
  address_repr(vm, v, buf);
  return Status::kOk;
}

namespace {

Status object_init(Vm&, const Args&, Value* out) {
  *out = Value::none();
  return Status::kOk;
}

Status object_new(Vm& vm, const Args& args, Value* out) {
  if (args.n < 1 || !is_obj_of(args[0], vm.t_type))
    return raise(vm, Exc::TypeError, "object.__new__(X): X is not a type");
  Type* t = args[0].as<Type>();
  if (is_native_subclass(t)) return subclass_new(vm, t, Args{args.items + 1, args.n - 1, args.n_kw}, out);
  if (t->kind != Kind::kInstance) return t->make ? t->make(vm, Args{args.items + 1, args.n - 1, 0}, out) : Status::kOk;
  Instance* inst = alloc_obj<Instance>(vm, t);
  if (!inst) return Status::kRaised;
  if (t->flags & kTypeIsException) inst->args = CPY_VM_TRY(new_tuple(vm, args.n - 1, args.items + 1));
  *out = Value::object(inst);
  return Status::kOk;
}

Status object_setattr(Vm& vm, const Args& args, Value* out) {
  if (kind_of(vm, args[0]) != Kind::kInstance || !is_str(vm, args[1])) {
    return raise(vm, Exc::TypeError, "can't apply this __setattr__ to %T object", args[0]);
  }
  Value name = CPY_VM_TRY(intern(vm, str_view(vm, args[1])));
  *out = Value::none();
  return instance_set_attr(vm, args[0], name.qstr_id(), args.n > 2 ? args[2] : Value::null());
}

Status object_delattr(Vm& vm, const Args& args, Value* out) {
  Value a[2] = {args[0], args[1]};
  return object_setattr(vm, Args{a, 2, 0}, out);
}

Status object_getattribute(Vm& vm, const Args& args, Value* out) {
  if (!is_str(vm, args[1])) return raise(vm, Exc::TypeError, "attribute name must be string");
  Value name = CPY_VM_TRY(intern(vm, str_view(vm, args[1])));
  return get_attr(vm, args[0], name.qstr_id(), out);
}

Status object_eq(Vm&, const Args& args, Value* out) {
  *out = args[0] == args[1] ? Value::true_value() : Value::not_implemented();
  return Status::kOk;
}

Status object_ne(Vm& vm, const Args& args, Value* out) {
  bool e = false;
  CPY_VM_CHECK(equal(vm, args[0], args[1], &e));
  *out = Value::boolean(!e);
  return Status::kOk;
}

Status object_hash(Vm& vm, const Args& args, Value* out) {
  uint32_t h = Map::simple_hash(Value::small_int(intptr_t(args[0].bits() >> 3)));
  *out = CPY_VM_TRY(new_int(vm, h));
  return Status::kOk;
}

Status object_repr(Vm& vm, const Args& args, Value* out) {
  Buf buf(vm);
  if (kind_of(vm, args[0]) == Kind::kInstance && !(type_of(vm, args[0])->flags & kTypeIsException)) {
    address_repr(vm, args[0], buf);
  } else {
    CPY_VM_CHECK(repr_into(vm, buf, args[0], false));
  }
  *out = CPY_VM_TRY(buf.finish());
  return Status::kOk;
}

Status object_str(Vm& vm, const Args& args, Value* out) {
  if (is_exception_instance(vm, args[0])) {
    Buf buf(vm);
    CPY_VM_CHECK(exception_str(vm, args[0], buf));
    *out = CPY_VM_TRY(buf.finish());
    return Status::kOk;
  }
  return repr(vm, args[0], out);
}

Status object_format(Vm& vm, const Args& args, Value* out) {
  if (!is_str(vm, args[1]) || !str_view(vm, args[1]).empty()) {
    return raise(vm, Exc::TypeError, "unsupported format string passed to %T.__format__", args[0]);
  }
  return to_str(vm, args[0], out);
}

Status object_init_subclass(Vm&, const Args&, Value* out) {
  *out = Value::none();
  return Status::kOk;
}

Status wrapper_make(Vm& vm, Type* t, const Args& args, Value* out) {
  if (args.n != 1 || args.n_kw) return raise(vm, Exc::TypeError, "%q expected 1 argument", t->name);
  Wrapper* w = alloc_obj<Wrapper>(vm, t);
  if (!w) return Status::kRaised;
  w->fn = args[0];
  *out = Value::object(w);
  return Status::kOk;
}

Status staticmethod_make(Vm& vm, const Args& args, Value* out) {
  return wrapper_make(vm, vm.t_staticmethod, args, out);
}
Status classmethod_make(Vm& vm, const Args& args, Value* out) { return wrapper_make(vm, vm.t_classmethod, args, out); }

Status property_make(Vm& vm, const Args& args, Value* out) {
  Property* p = alloc_obj<Property>(vm, vm.t_property);
  if (!p) return Status::kRaised;
  Value v[3] = {Value::none(), Value::none(), Value::none()};
  for (size_t i = 0; i < args.n && i < 3; ++i) v[i] = args[i];
  v[0] = kw_arg(args, vm.q.fget, v[0]);
  v[1] = kw_arg(args, vm.q.fset, v[1]);
  v[2] = kw_arg(args, vm.q.fdel, v[2]);
  p->fget = v[0];
  p->fset = v[1];
  p->fdel = v[2];
  *out = Value::object(p);
  return Status::kOk;
}

Status property_copy(Vm& vm, const Args& args, int which, Value* out) {
  Property* src = args[0].as<Property>();
  Property* p = alloc_obj<Property>(vm, vm.t_property);
  if (!p) return Status::kRaised;
  src = args[0].as<Property>();
  p->fget = src->fget;
  p->fset = src->fset;
  p->fdel = src->fdel;
  if (which == 0) p->fget = args[1];
  if (which == 1) p->fset = args[1];
  if (which == 2) p->fdel = args[1];
  *out = Value::object(p);
  return Status::kOk;
}

Status property_getter(Vm& vm, const Args& a, Value* o) { return property_copy(vm, a, 0, o); }
Status property_setter(Vm& vm, const Args& a, Value* o) { return property_copy(vm, a, 1, o); }
Status property_deleter(Vm& vm, const Args& a, Value* o) { return property_copy(vm, a, 2, o); }

Status property_get(Vm& vm, const Args& args, Value* out) {
  Property* p = args[0].as<Property>();
  if (args.n < 2 || args[1].is_none()) {
    *out = args[0];
    return Status::kOk;
  }
  return call1(vm, p->fget, args[1], out);
}

Status super_make(Vm& vm, const Args& args, Value* out) {
  if (args.n != 2) return raise(vm, Exc::RuntimeError, "super(): no arguments");
  if (!is_obj_of(args[0], vm.t_type)) return raise(vm, Exc::TypeError, "super() argument 1 must be a type");
  Super* s = alloc_obj<Super>(vm, vm.t_super);
  if (!s) return Status::kRaised;
  s->cls = args[0].as<Type>();
  s->self = args[1];
  *out = Value::object(s);
  return Status::kOk;
}

Status type_mro(Vm& vm, const Args& args, Value* out) {
  Value mro = CPY_VM_TRY(type_mro_tuple(vm, args[0].as<Type>()));
  Tuple* t = mro.as<Tuple>();
  *out = CPY_VM_TRY(new_list(vm, t->size, t->items()));
  return Status::kOk;
}

}  // namespace

constexpr MethodDef kObjectMethods[] = {
    method_def("__init__", &object_init, 1, -1, true),
    // object.__new__ is a static method: it receives the class explicitly.
    method_def("__new__", &object_new, 1, -1, true, MethodKind::kStaticMethod),
    method_def("__setattr__", &object_setattr, 3, 3),
    method_def("__delattr__", &object_delattr, 2, 2),
    method_def("__getattribute__", &object_getattribute, 2, 2),
    method_def("__eq__", &object_eq, 2, 2),
    method_def("__ne__", &object_ne, 2, 2),
    method_def("__hash__", &object_hash, 1, 1),
    method_def("__repr__", &object_repr, 1, 1),
    method_def("__str__", &object_str, 1, 1),
    method_def("__format__", &object_format, 2, 2),
    method_def("__init_subclass__", &object_init_subclass, 1, -1, true, MethodKind::kClassMethod),
};

constexpr MethodDef kPropertyMethods[] = {
    method_def("getter", &property_getter, 2, 2),
    method_def("setter", &property_setter, 2, 2),
    method_def("deleter", &property_deleter, 2, 2),
    method_def("__get__", &property_get, 2, 3),
};

constexpr MethodDef kTypeMethods[] = {
    method_def("mro", &type_mro, 1, 1),
};

bool init_type(Vm& vm) {
  vm.t_staticmethod->make = &staticmethod_make;
  vm.t_classmethod->make = &classmethod_make;
  vm.t_property->make = &property_make;
  vm.t_super->make = &super_make;
  set_methods(vm.t_object, kObjectMethods);
  set_methods(vm.t_property, kPropertyMethods);
  set_methods(vm.t_type, kTypeMethods);
  return true;
}

}  // namespace cpy::vm
