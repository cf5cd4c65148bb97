// repr/str, iteration, subscripts, len and `in`.
#include <cstring>

#include "complex_private.h"
#include "runtime.h"

namespace cpy::vm {

namespace {

Status items_repr(Vm& vm, Buf& buf, const Value* items, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (i) buf.add(", ");
    CPY_VM_CHECK(repr_into(vm, buf, items[i], false));
  }
  return Status::kOk;
}

Status map_repr(Vm& vm, Buf& buf, Value d, bool with_values) {
  Map& m = d.as<Dict>()->map;
  bool first = true;
  for (size_t i = 0; m.begin() + i < m.end(); ++i) {
    const Map::Entry& e = m.begin()[i];
    if (e.key.is_null()) continue;
    if (!first) buf.add(", ");
    first = false;
    Value key = e.key, value = e.value;
    CPY_VM_CHECK(repr_into(vm, buf, key, false));
    if (with_values) {
      buf.add(": ");
      CPY_VM_CHECK(repr_into(vm, buf, value, false));
    }
  }
  return Status::kOk;
}

}  // namespace

Status repr_into(Vm& vm, Buf& buf, Value v, bool as_str) {
  DepthGuard guard(vm);
  if (guard.too_deep()) return raise_recursion(vm);
  Type* t = type_of(vm, v);
  if (is_native_subclass(t)) {
    // A class derived from a builtin: its own __str__ / __repr__ first
    // (str() of a str subclass is its text, not its __repr__).
    Value m = user_method(vm, t, as_str ? vm.q.str : vm.q.repr);
    if (m.is_null() && as_str && t->kind != Kind::kStr) m = user_method(vm, t, vm.q.repr);
    if (!m.is_null()) {
      Value r;
      CPY_VM_CHECK(call_with_self(vm, m, v, Args{}, &r));
      if (!is_str(vm, r)) {
        return raise(vm, Exc::TypeError, "%s returned non-string (type %T)", as_str ? "__str__" : "__repr__", r);
      }
      buf.add(str_view(vm, r));
      return Status::kOk;
    }
  }
  switch (t->kind) {
    case Kind::kNone:
      buf.add("None");
      break;
    case Kind::kBool:
      buf.add(v == Value::true_value() ? "True" : "False");
      break;
    case Kind::kEllipsis:
      buf.add("Ellipsis");
      break;
    case Kind::kNotImplemented:
      buf.add("NotImplemented");
      break;
    case Kind::kInt: {
      if (v.is_small_int()) {
        buf.add_int(v.small_int_value());
        break;
      }
      Value s;
      CPY_VM_CHECK(int_repr(vm, v, 10, false, &s));
      buf.add(str_view(vm, s));
      break;
    }
    case Kind::kFloat: {
      char tmp[40];
      size_t n = format_float_repr(v.as<Float>()->value, tmp, sizeof tmp);
      buf.add(std::string_view(tmp, n));
      break;
    }
    case Kind::kComplex:
      complex_repr_into(buf, v.as<Complex>()->real, v.as<Complex>()->imag);
      break;
    case Kind::kStr:
      if (as_str)
        buf.add(str_view(vm, v));
      else
        str_repr_into(buf, str_view(vm, v), false);
      break;
    case Kind::kBytes:
    case Kind::kBytearray:
      if (t->kind == Kind::kBytearray) {
        buf.add(vm.qstrs.text(t->name));  // bytearray, or the subclass's name
        buf.add("(");
      }
      str_repr_into(buf, bytes_view(vm, v), true);
      if (t->kind == Kind::kBytearray) buf.add(")");
      break;
    case Kind::kTuple: {
      Tuple* tup = v.as<Tuple>();
      buf.add("(");
      CPY_VM_CHECK(items_repr(vm, buf, tup->items(), tup->size));
      buf.add(tup->size == 1 ? ",)" : ")");
      break;
    }
    case Kind::kList: {
      List* l = v.as<List>();
      buf.add("[");
      for (size_t i = 0; i < l->size; ++i) {
        if (i) buf.add(", ");
        CPY_VM_CHECK(repr_into(vm, buf, l->items[i], false));
      }
      buf.add("]");
      break;
    }
    case Kind::kDict:
      buf.add("{");
      CPY_VM_CHECK(map_repr(vm, buf, v, true));
      buf.add("}");
      break;
    case Kind::kSet:
    case Kind::kFrozenset: {
      // A subclass shows its name as frozenset does: Name({1, 2}), Name().
      bool named = t->kind == Kind::kFrozenset || is_native_subclass(t);
      if (v.as<Dict>()->map.size() == 0) {
        buf.add(vm.qstrs.text(t->name));
        buf.add("()");
        break;
      }
      if (named) {
        buf.add(vm.qstrs.text(t->name));
        buf.add("(");
      }
      buf.add("{");
      CPY_VM_CHECK(map_repr(vm, buf, v, false));
      buf.add(named ? "})" : "}");
      break;
    }
    case Kind::kDictView: {
      DictView* dv = v.as<DictView>();
      static const char* const kNames[3] = {"dict_keys([", "dict_values([", "dict_items(["};
      buf.add(kNames[int(dv->ikind) - int(IterKind::kDictKeys)]);
      Map& m = dv->dict.as<Dict>()->map;
      bool first = true;
      for (size_t i = 0; m.begin() + i < m.end(); ++i) {
        const Map::Entry& e = m.begin()[i];
        if (e.key.is_null()) continue;
        if (!first) buf.add(", ");
        first = false;
        Value key = e.key, value = e.value;
        if (dv->ikind == IterKind::kDictKeys) {
          CPY_VM_CHECK(repr_into(vm, buf, key, false));
        } else if (dv->ikind == IterKind::kDictValues) {
          CPY_VM_CHECK(repr_into(vm, buf, value, false));
        } else {
          buf.add("(");
          CPY_VM_CHECK(repr_into(vm, buf, key, false));
          buf.add(", ");
          CPY_VM_CHECK(repr_into(vm, buf, value, false));
          buf.add(")");
        }
      }
      buf.add("])");
      break;
    }
    case Kind::kRange: {
      Range* r = v.as<Range>();
      buf.add("range(");
      buf.add_int(r->start);
      buf.add(", ");
      buf.add_int(r->stop);
      if (r->step != 1) {
        buf.add(", ");
        buf.add_int(r->step);
      }
      buf.add(")");
      break;
    }
    case Kind::kSlice: {
      Slice* s = v.as<Slice>();
      buf.add("slice(");
      CPY_VM_CHECK(repr_into(vm, buf, s->start, false));
      buf.add(", ");
      CPY_VM_CHECK(repr_into(vm, buf, s->stop, false));
      buf.add(", ");
      CPY_VM_CHECK(repr_into(vm, buf, s->step, false));
      buf.add(")");
      break;
    }
    case Kind::kType: {
      Type* ty = v.as<Type>();
      buf.add("<class '");
      if (ty->flags & kTypeIsUserClass) {
        Value mod = type_lookup(vm, ty, vm.q.module);
        if (is_str(vm, mod) && str_view(vm, mod) != "builtins") {
          buf.add(str_view(vm, mod));
          buf.add(".");
        }
      }
      buf.add(vm.qstrs.text(ty->name));
      buf.add("'>");
      break;
    }
    case Kind::kFunction:
      buf.add("<function ");
      buf.add(vm.qstrs.text(v.as<Function>()->code->name));
      buf.add(" at ");
      buf.add_hex(v.bits());
      buf.add(">");
      break;
    case Kind::kNative:
      buf.add("<built-in function ");
      buf.add(vm.qstrs.text(v.as<NativeFn>()->name));
      buf.add(">");
      break;
    case Kind::kBoundMethod: {
      BoundMethod* m = v.as<BoundMethod>();
      buf.add("<bound method ");
      Value name;
      CPY_VM_CHECK(get_attr_maybe(vm, m->fn, vm.q.name, &name));
      if (is_str(vm, name)) buf.add(str_view(vm, name));
      buf.add(" of ");
      CPY_VM_CHECK(repr_into(vm, buf, m->self, false));
      buf.add(">");
      break;
    }
    case Kind::kModule:
      buf.add("<module '");
      buf.add(vm.qstrs.text(v.as<Module>()->name));
      buf.add("'>");
      break;
    case Kind::kGenerator:
      buf.add("<generator object '");
      if (is_str(vm, v.as<Generator>()->name)) buf.add(str_view(vm, v.as<Generator>()->name));
      buf.add("' at ");
      buf.add_hex(v.bits());
      buf.add(">");
      break;
    case Kind::kInstance:
      return instance_repr(vm, v, buf);
    default:
      buf.add("<");
      buf.add(vm.qstrs.text(t->name));
      buf.add(" object at ");
      buf.add_hex(v.bits());
      buf.add(">");
      break;
  }
  if (buf.failed) {
    set_memory_error(vm);
    return Status::kRaised;
  }
  return Status::kOk;
}

Status repr(Vm& vm, Value v, Value* out) {
  if (v.is_qstr() || v.is_small_int() || v.is_immediate() || kind_of(vm, v) != Kind::kInstance) {
    Buf buf(vm);
    CPY_VM_CHECK(repr_into(vm, buf, v, false));
    *out = CPY_VM_TRY(buf.finish());
    return Status::kOk;
  }
  Value m = user_method(vm, v, vm.q.repr);
  if (!m.is_null()) {
    CPY_VM_CHECK(call_with_self(vm, m, v, Args{}, out));
    if (!is_str(vm, *out)) return raise(vm, Exc::TypeError, "__repr__ returned non-string (type %T)", *out);
    return Status::kOk;
  }
  Buf buf(vm);
  CPY_VM_CHECK(repr_into(vm, buf, v, false));
  *out = CPY_VM_TRY(buf.finish());
  return Status::kOk;
}

Status to_str(Vm& vm, Value v, Value* out) {
  Kind k = kind_of(vm, v);
  if (k == Kind::kStr && !is_native_subclass_instance(v)) {
    *out = v;
    return Status::kOk;
  }
  if (k == Kind::kInstance) {
    Value m = user_method(vm, v, vm.q.str);
    if (!m.is_null()) {
      CPY_VM_CHECK(call_with_self(vm, m, v, Args{}, out));
      if (!is_str(vm, *out)) return raise(vm, Exc::TypeError, "__str__ returned non-string (type %T)", *out);
      return Status::kOk;
    }
    if (is_exception_instance(vm, v) && user_method(vm, v, vm.q.repr).is_null()) {
      Buf buf(vm);
      CPY_VM_CHECK(exception_str(vm, v, buf));
      *out = CPY_VM_TRY(buf.finish());
      return Status::kOk;
    }
    return repr(vm, v, out);
  }
  Buf buf(vm);
  CPY_VM_CHECK(repr_into(vm, buf, v, true));
  *out = CPY_VM_TRY(buf.finish());
  return Status::kOk;
}

Status get_iter(Vm& vm, Value v, Value* out) {
  Type* t = type_of(vm, v);
  switch (protocol_kind(vm, t, vm.q.iter)) {
    case Kind::kIterator:
    case Kind::kGenerator:
      *out = v;
      return Status::kOk;
    case Kind::kStr:
    case Kind::kBytes:
    case Kind::kBytearray:
    case Kind::kTuple:
    case Kind::kList:
      *out = CPY_VM_TRY(new_iterator(vm, IterKind::kSeq, v));
      return Status::kOk;
    case Kind::kRange: {
      Range* r = v.as<Range>();
      Value it = CPY_VM_TRY(new_iterator(vm, IterKind::kRange, v, range_len(r)));
      it.as<Iterator>()->a = Value::small_int(r->start);
      *out = it;
      return Status::kOk;
    }
    case Kind::kDict:
    case Kind::kSet:
    case Kind::kFrozenset:
      *out = CPY_VM_TRY(new_iterator(vm, IterKind::kDictKeys, v, intptr_t(v.as<Dict>()->map.size())));
      return Status::kOk;
    case Kind::kDictView: {
      DictView* dv = v.as<DictView>();
      *out = CPY_VM_TRY(new_iterator(vm, dv->ikind, dv->dict, intptr_t(dv->dict.as<Dict>()->map.size())));
      return Status::kOk;
    }
    case Kind::kInstance: {
      Value m = user_method(vm, v, vm.q.iter);
      if (!m.is_null()) {
        CPY_VM_CHECK(call_with_self(vm, m, v, Args{}, out));
        Kind k = kind_of(vm, *out);
        if (k != Kind::kIterator && k != Kind::kGenerator && user_method(vm, *out, vm.q.next).is_null()) {
          return raise(vm, Exc::TypeError, "iter() returned non-iterator of type '%T'", *out);
        }
        return Status::kOk;
      }
      if (!user_method(vm, v, vm.q.getitem).is_null()) {
        *out = CPY_VM_TRY(new_iterator(vm, IterKind::kGetitem, v));
        return Status::kOk;
      }
      break;
    }
    default:
      break;
  }
  return raise(vm, Exc::TypeError, "'%q' object is not iterable", t->name);
}

Status iter_next(Vm& vm, Value iter, Value* out) {
  Type* t = type_of(vm, iter);
  switch (protocol_kind(vm, t, vm.q.next)) {
    case Kind::kIterator:
      return builtin_iter_next(vm, iter.as<Iterator>(), out);
    case Kind::kGenerator: {
      bool done = false;
      Value r;
      CPY_VM_CHECK(gen_resume(vm, iter, Value::none(), Value::null(), &r, &done));
      *out = done ? Value::null() : r;
      return Status::kOk;
    }
    case Kind::kInstance: {
      Value m = user_method(vm, iter, vm.q.next);
      if (!m.is_null()) {
        if (call_with_self(vm, m, iter, Args{}, out) == Status::kRaised) {
          if (!pending_is(vm, Exc::StopIteration)) return Status::kRaised;
          vm.pending = Value::null();
          *out = Value::null();
        }
        return Status::kOk;
      }
      break;
    }
    default:
      break;
  }
  return raise(vm, Exc::TypeError, "'%q' object is not an iterator", t->name);
}

Status subscr(Vm& vm, Value obj, Value index, Value* out) {
  Type* t = type_of(vm, obj);
  switch (protocol_kind(vm, t, vm.q.getitem)) {
    case Kind::kTuple:
    case Kind::kList:
    case Kind::kBytes:
    case Kind::kBytearray:
    case Kind::kRange:
      return seq_subscr(vm, obj, index, out);
    case Kind::kStr:
      return str_subscr(vm, obj, index, out);
    case Kind::kDict:
      CPY_VM_CHECK(dict_get(vm, obj, index, out));
      if (out->is_null()) {
        // A dict subclass may answer for missing keys (collections.Counter-like).
        Value missing = is_native_subclass(t) ? user_method(vm, t, vm.q.missing) : Value::null();
        if (!missing.is_null()) return call_with_self(vm, missing, obj, Args{&index, 1, 0}, out);
        return raise_with(vm, Exc::KeyError, index);
      }
      return Status::kOk;
    case Kind::kInstance: {
      Value m = user_method(vm, obj, vm.q.getitem);
      if (!m.is_null()) {
        Value args[1] = {index};
        return call_with_self(vm, m, obj, Args{args, 1, 0}, out);
      }
      break;
    }
    case Kind::kType:
      // list[int] and friends: generic aliases are just the class here.
      *out = obj;
      return Status::kOk;
    default:
      break;
  }
  return raise(vm, Exc::TypeError, "'%q' object is not subscriptable", t->name);
}

Status store_subscr(Vm& vm, Value obj, Value index, Value value) {
  Type* t = type_of(vm, obj);
  switch (protocol_kind(vm, t, value.is_null() ? vm.q.delitem : vm.q.setitem)) {
    case Kind::kList:
    case Kind::kBytearray:
      return list_store_subscr(vm, obj, index, value);
    case Kind::kDict:
      if (value.is_null()) {
        Value removed;
        CPY_VM_CHECK(dict_remove(vm, obj, index, &removed));
        if (removed.is_null()) return raise_with(vm, Exc::KeyError, index);
        return Status::kOk;
      }
      return dict_store(vm, obj, index, value);
    case Kind::kInstance: {
      Value m = user_method(vm, obj, value.is_null() ? vm.q.delitem : vm.q.setitem);
      if (!m.is_null()) {
        Value args[2] = {index, value};
        Value r;
        return call_with_self(vm, m, obj, Args{args, size_t(value.is_null() ? 1 : 2), 0}, &r);
      }
      break;
    }
    default:
      break;
  }
  if (value.is_null()) return raise(vm, Exc::TypeError, "'%q' object doesn't support item deletion", t->name);
  return raise(vm, Exc::TypeError, "'%q' object does not support item assignment", t->name);
}

Status length(Vm& vm, Value v, size_t* out) {
  Type* t = type_of(vm, v);
  switch (protocol_kind(vm, t, vm.q.len)) {
    case Kind::kStr:
      *out = utf8_count(str_view(vm, v));
      return Status::kOk;
    case Kind::kBytes:
    case Kind::kBytearray:
      *out = bytes_view(vm, v).size();
      return Status::kOk;
    case Kind::kTuple:
      *out = v.as<Tuple>()->size;
      return Status::kOk;
    case Kind::kList:
      *out = v.as<List>()->size;
      return Status::kOk;
    case Kind::kDict:
    case Kind::kSet:
    case Kind::kFrozenset:
      *out = v.as<Dict>()->map.size();
      return Status::kOk;
    case Kind::kDictView:
      *out = v.as<DictView>()->dict.as<Dict>()->map.size();
      return Status::kOk;
    case Kind::kRange:
      *out = size_t(range_len(v.as<Range>()));
      return Status::kOk;
    case Kind::kInstance: {
      Value m = user_method(vm, v, vm.q.len);
      if (!m.is_null()) {
        Value r;
        CPY_VM_CHECK(call_with_self(vm, m, v, Args{}, &r));
        intptr_t n = 0;
        CPY_VM_CHECK(get_int(vm, r, &n));
        if (n < 0) return raise(vm, Exc::ValueError, "__len__() should return >= 0");
        *out = size_t(n);
        return Status::kOk;
      }
      break;
    }
    default:
      break;
  }
  return raise(vm, Exc::TypeError, "object of type '%q' has no len()", t->name);
}

Status contains(Vm& vm, Value container, Value item, bool* out) {
  Type* t = type_of(vm, container);
  *out = false;
  switch (protocol_kind(vm, t, vm.q.contains)) {
    case Kind::kStr:
      if (!is_str(vm, item)) {
        return raise(vm, Exc::TypeError, "'in <string>' requires string as left operand, not %T", item);
      }
      *out = str_view(vm, container).find(str_view(vm, item)) != std::string_view::npos;
      return Status::kOk;
    case Kind::kBytes:
    case Kind::kBytearray: {
      std::string_view hay = bytes_view(vm, container);
      if (item.is_small_int()) {
        *out = hay.find(char(item.small_int_value())) != std::string_view::npos;
      } else {
        if (!is_bytes(vm, item)) return raise(vm, Exc::TypeError, "a bytes-like object is required, not '%T'", item);
        *out = hay.find(bytes_view(vm, item)) != std::string_view::npos;
      }
      return Status::kOk;
    }
    case Kind::kDict:
    case Kind::kSet:
    case Kind::kFrozenset: {
      Value v;
      CPY_VM_CHECK(dict_get(vm, container, item, &v));
      *out = !v.is_null();
      return Status::kOk;
    }
    case Kind::kDictView:
      if (container.as<DictView>()->ikind == IterKind::kDictKeys) {
        Value v;
        CPY_VM_CHECK(dict_get(vm, container.as<DictView>()->dict, item, &v));
        *out = !v.is_null();
        return Status::kOk;
      }
      break;
    case Kind::kRange:
      if (is_int(vm, item)) {
        Range* r = container.as<Range>();
        intptr_t i;
        if (!item.is_small_int() && !item.is_bool()) return Status::kOk;
        CPY_VM_CHECK(get_int(vm, item, &i));
        intptr_t n = range_len(r);
        if (n == 0) return Status::kOk;
        intptr_t off = i - r->start;
        if (off % r->step != 0) return Status::kOk;
        intptr_t k = off / r->step;
        *out = k >= 0 && k < n;
        return Status::kOk;
      }
      break;
    case Kind::kInstance: {
      Value m = user_method(vm, container, vm.q.contains);
      if (!m.is_null()) {
        Value args[1] = {item};
        Value r;
        CPY_VM_CHECK(call_with_self(vm, m, container, Args{args, 1, 0}, &r));
        return truthy(vm, r, out);
      }
      break;
    }
    default:
      break;
  }
  Value it;
  if (get_iter(vm, container, &it) == Status::kRaised) {
    if (pending_is(vm, Exc::TypeError)) {
      vm.pending = Value::null();
      return raise(vm, Exc::TypeError, "argument of type '%q' is not iterable", t->name);
    }
    return Status::kRaised;
  }
  for (;;) {
    Value x;
    CPY_VM_CHECK(iter_next(vm, it, &x));
    if (x.is_null()) return Status::kOk;
    bool e = x == item;
    if (!e) CPY_VM_CHECK(equal(vm, x, item, &e));
    if (e) {
      *out = true;
      return Status::kOk;
    }
  }
}

}  // namespace cpy::vm
