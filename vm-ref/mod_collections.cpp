// The collections module: namedtuple, OrderedDict, deque.
//
// namedtuple classes are native classes whose instances keep their items in
// a tuple; OrderedDict is a dict subclass (dicts keep insertion order);
// deque is a ring buffer with an optional maxlen.
#include <cstring>

#include "runtime.h"

namespace cpy::vm {

namespace {

// ---- namedtuple ----

constexpr uint32_t kNamedTupleTag = 0x4e545550;  // 'NTUP'

struct NamedTuple : NativeObj {
  Value items;  ///< tuple
};

NamedTuple* nt_self(Vm& vm, Value v) { return native_self<NamedTuple>(vm, v, kNamedTupleTag); }

Status nt_fields(Vm& vm, Type* t, Value* out) {
  Value q = CPY_VM_TRY(intern(vm, "_fields"));
  *out = type_lookup(vm, t, q.qstr_id());
  if (out->is_null()) return raise(vm, Exc::TypeError, "not a namedtuple");
  return Status::kOk;
}

Status nt_new(Vm& vm, const Args& args, Value* out) {
  Type* t = args[0].as<Type>();
  Value fields;
  CPY_VM_CHECK(nt_fields(vm, t, &fields));
  Tuple* f = fields.as<Tuple>();
  size_t n = f->size;
  if (args.n - 1 > n) {
    return raise(vm, Exc::TypeError, "%q() takes %d positional arguments but %d were given", t->name, int(n + 1),
                 int(args.n));
  }
  Value items = CPY_VM_TRY(new_tuple(vm, n));
  for (size_t i = 0; i + 1 < args.n; ++i) items.as<Tuple>()->items()[i] = args[i + 1];
  for (size_t k = 0; k < args.n_kw; ++k) {
    Value name = args.kw_name(k);
    size_t i = 0;
    while (i < n && !(f->items()[i] == name)) ++i;
    if (i == n) return raise(vm, Exc::TypeError, "unexpected keyword argument '%q'", name.qstr_id());
    if (!items.as<Tuple>()->items()[i].is_null()) {
      return raise(vm, Exc::TypeError, "got multiple values for argument '%q'", name.qstr_id());
    }
    items.as<Tuple>()->items()[i] = args.kw_value(k);
  }
  for (size_t i = 0; i < n; ++i) {
    if (items.as<Tuple>()->items()[i].is_null()) {
      return raise(vm, Exc::TypeError, "missing required argument '%q'", f->items()[i].qstr_id());
    }
  }
  auto* o = new_native_obj<NamedTuple>(vm, t, kNamedTupleTag);
  if (!o) return Status::kRaised;
  o->items = items;
  *out = Value::object(o);
  return Status::kOk;
}

Status nt_make(Vm& vm, const Args& args, Value* out) {
  Value t;
  CPY_VM_CHECK(tuple_from_iter(vm, args[1], &t));
  Tuple* tp = t.as<Tuple>();
  Value fields;
  CPY_VM_CHECK(nt_fields(vm, args[0].as<Type>(), &fields));
  if (tp->size != fields.as<Tuple>()->size) return raise(vm, Exc::TypeError, "expected %d arguments, got %d",
                                                         int(fields.as<Tuple>()->size), int(tp->size));
  *out = CPY_VM_TRY(new_namedtuple(vm, args[0].as<Type>(), tp->items(), tp->size));
  return Status::kOk;
}

Status nt_getattr(Vm& vm, const Args& args, Value* out) {
  NamedTuple* o = nt_self(vm, args[0]);
  if (o && args[1].is_qstr()) {
    Value fields;
    CPY_VM_CHECK(nt_fields(vm, o->type, &fields));
    Tuple* f = fields.as<Tuple>();
    for (size_t i = 0; i < f->size; ++i) {
      if (f->items()[i] == args[1]) {
        *out = o->items.as<Tuple>()->items()[i];
        return Status::kOk;
      }
    }
  }
  std::string_view n = is_str(vm, args[1]) ? str_view(vm, args[1]) : std::string_view("?");
  return raise(vm, Exc::AttributeError, "'%T' object has no attribute '%V'", args[0], &n);
}

Status nt_items(Vm& vm, Value self, Value* out) {
  NamedTuple* o = nt_self(vm, self);
  if (!o) return raise(vm, Exc::TypeError, "not a namedtuple");
  *out = o->items;
  return Status::kOk;
}

Status nt_getitem(Vm& vm, const Args& args, Value* out) {
  Value t;
  CPY_VM_CHECK(nt_items(vm, args[0], &t));
  return subscr(vm, t, args[1], out);
}

Status nt_len(Vm& vm, const Args& args, Value* out) {
  Value t;
  CPY_VM_CHECK(nt_items(vm, args[0], &t));
  *out = Value::small_int(intptr_t(t.as<Tuple>()->size));
  return Status::kOk;
}

Status nt_iter(Vm& vm, const Args& args, Value* out) {
  Value t;
  CPY_VM_CHECK(nt_items(vm, args[0], &t));
  return get_iter(vm, t, out);
}

Status nt_hash(Vm& vm, const Args& args, Value* out) {
  Value t;
  CPY_VM_CHECK(nt_items(vm, args[0], &t));
  uint32_t h;
  CPY_VM_CHECK(hash_value(vm, t, &h));
  *out = Value::small_int(intptr_t(h >> 2));
  return Status::kOk;
}

Status nt_contains(Vm& vm, const Args& args, Value* out) {
  Value t;
  CPY_VM_CHECK(nt_items(vm, args[0], &t));
  bool r;
  CPY_VM_CHECK(contains(vm, t, args[1], &r));
  *out = Value::boolean(r);
  return Status::kOk;
}

/// The tuple behind [v]: a namedtuple's items, or [v] itself.
Value as_tuple(Vm& vm, Value v) {
  NamedTuple* o = nt_self(vm, v);
  return o ? o->items : v;
}

template <int Op>
Status nt_compare(Vm& vm, const Args& args, Value* out) {
  Value a = as_tuple(vm, args[0]), b = as_tuple(vm, args[1]);
  if (!is_obj_of(b, vm.t_tuple)) {
    *out = Value::not_implemented();
    return Status::kOk;
  }
  return binary_op(vm, Op, a, b, out);
}

Status nt_add(Vm& vm, const Args& args, Value* out) {
  return binary_op(vm, kAdd, as_tuple(vm, args[0]), as_tuple(vm, args[1]), out);
}

Status nt_repr(Vm& vm, const Args& args, Value* out) {
  NamedTuple* o = nt_self(vm, args[0]);
  if (!o) return raise(vm, Exc::TypeError, "not a namedtuple");
  Value fields;
  CPY_VM_CHECK(nt_fields(vm, o->type, &fields));
  Buf b(vm);
  b.add(vm.qstrs.text(o->type->name));
  b.add_char('(');
  Tuple* f = fields.as<Tuple>();
  for (size_t i = 0; i < f->size; ++i) {
    if (i) b.add(", ");
    b.add(str_view(vm, f->items()[i]));
    b.add_char('=');
    CPY_VM_CHECK(repr_into(vm, b, o->items.as<Tuple>()->items()[i], false));
  }
  b.add_char(')');
  *out = CPY_VM_TRY(b.finish());
  return Status::kOk;
}

Status nt_asdict(Vm& vm, const Args& args, Value* out) {
  NamedTuple* o = nt_self(vm, args[0]);
  if (!o) return raise(vm, Exc::TypeError, "not a namedtuple");
  Value fields;
  CPY_VM_CHECK(nt_fields(vm, o->type, &fields));
  Value d = CPY_VM_TRY(new_dict(vm));
  Tuple* f = fields.as<Tuple>();
  for (size_t i = 0; i < f->size; ++i) CPY_VM_CHECK(dict_store(vm, d, f->items()[i], o->items.as<Tuple>()->items()[i]));
  *out = d;
  return Status::kOk;
}

Status nt_replace(Vm& vm, const Args& args, Value* out) {
  NamedTuple* o = nt_self(vm, args[0]);
  if (!o) return raise(vm, Exc::TypeError, "not a namedtuple");
  Value fields;
  CPY_VM_CHECK(nt_fields(vm, o->type, &fields));
  Tuple* f = fields.as<Tuple>();
  Value items = CPY_VM_TRY(new_tuple(vm, f->size, o->items.as<Tuple>()->items()));
  for (size_t k = 0; k < args.n_kw; ++k) {
    size_t i = 0;
    while (i < f->size && !(f->items()[i] == args.kw_name(k))) ++i;
    if (i == f->size) return raise(vm, Exc::ValueError, "Got unexpected field names: ['%q']", args.kw_name(k).qstr_id());
    items.as<Tuple>()->items()[i] = args.kw_value(k);
  }
  *out = CPY_VM_TRY(new_namedtuple(vm, o->type, items.as<Tuple>()->items(), f->size));
  return Status::kOk;
}

Status nt_count(Vm& vm, const Args& args, Value* out) {
  Value t;
  CPY_VM_CHECK(nt_items(vm, args[0], &t));
  return call_method(vm, t, vm.qstrs.find("count"), 1, &args.items[1], out);
}

Status nt_index(Vm& vm, const Args& args, Value* out) {
  Value t;
  CPY_VM_CHECK(nt_items(vm, args[0], &t));
  return call_method(vm, t, vm.qstrs.find("index"), 1, &args.items[1], out);
}

/// namedtuple(typename, field_names): names as a list/tuple of str or one
/// str separated by spaces and/or commas.
Status c_namedtuple(Vm& vm, const Args& args, Value* out) {
  if (!is_str(vm, args[0])) return raise(vm, Exc::TypeError, "namedtuple() name must be a str");
  Value names = args[1];
  Value list = CPY_VM_TRY(new_list(vm, 0));
  if (is_str(vm, names)) {
    std::string_view s = str_view(vm, names);
    size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
      size_t j = i;
      while (j < s.size() && s[j] != ' ' && s[j] != ',') ++j;
      if (j > i) CPY_VM_CHECK(list_append(vm, list, CPY_VM_TRY(intern(vm, s.substr(i, j - i)))));
      i = j;
    }
  } else {
    Value src;
    CPY_VM_CHECK(list_from_iter(vm, names, &src));
    for (size_t i = 0; i < src.as<List>()->size; ++i) {
      Value n = src.as<List>()->items[i];
      if (!is_str(vm, n)) return raise(vm, Exc::TypeError, "Type names and field names must be strings");
      CPY_VM_CHECK(list_append(vm, list, CPY_VM_TRY(intern(vm, str_view(vm, n)))));
    }
  }
  List* l = list.as<List>();
  auto* views = static_cast<std::string_view*>(alloc_raw(vm, (l->size + 1) * sizeof(std::string_view)));
  if (!views) return Status::kRaised;
  for (size_t i = 0; i < l->size; ++i) views[i] = str_view(vm, l->items[i]);
  Type* t = new_namedtuple_type(vm, str_view(vm, args[0]), views, l->size);
  if (!t) return Status::kRaised;
  *out = Value::object(t);
  return Status::kOk;
}

// ---- OrderedDict ----

Status od_make(Vm& vm, const Args& args, Value* out);

Status od_move_to_end(Vm& vm, const Args& args, Value* out) {
  Value d = args[0];
  bool last = true;
  Value lv = arg_or_kw(vm, args, 2, "last", Value::true_value());
  CPY_VM_CHECK(truthy(vm, lv, &last));
  Value v;
  CPY_VM_CHECK(dict_remove(vm, d, args[1], &v));
  if (v.is_null()) return raise_with(vm, Exc::KeyError, args[1]);
  if (last) return dict_store(vm, d, args[1], v);
  // To the front: rebuild with the key first.
  Value items;
  CPY_VM_CHECK(call_method(vm, d, vm.q.items, 0, nullptr, &items));
  Value list;
  CPY_VM_CHECK(list_from_iter(vm, items, &list));
  d.as<Dict>()->map.clear();
  CPY_VM_CHECK(dict_store(vm, d, args[1], v));
  for (size_t i = 0; i < list.as<List>()->size; ++i) {
    Tuple* kv = list.as<List>()->items[i].as<Tuple>();
    CPY_VM_CHECK(dict_store(vm, d, kv->items()[0], kv->items()[1]));
  }
  *out = Value::none();
  return Status::kOk;
}

Status od_popitem(Vm& vm, const Args& args, Value* out) {
  Value d = args[0];
  bool last = true;
  Value lv = arg_or_kw(vm, args, 1, "last", Value::true_value());
  CPY_VM_CHECK(truthy(vm, lv, &last));
  Map& m = d.as<Dict>()->map;
  if (m.size() == 0) return raise(vm, Exc::KeyError, "dictionary is empty");
  const Map::Entry* e = nullptr;
  if (last) {
    for (const Map::Entry* p = m.end(); p != m.begin();) {
      --p;
      if (!p->key.is_null()) {
        e = p;
        break;
      }
    }
  } else {
    for (const Map::Entry* p = m.begin(); p != m.end(); ++p) {
      if (!p->key.is_null()) {
        e = p;
        break;
      }
    }
  }
  Value kv[2] = {e->key, e->value};
  Value removed;
  CPY_VM_CHECK(dict_remove(vm, d, kv[0], &removed));
  *out = CPY_VM_TRY(new_tuple(vm, 2, kv));
  return Status::kOk;
}

// ---- deque ----

constexpr uint32_t kDequeTag = 0x44455155;  // 'DEQU'

struct Deque : NativeObj {
  Value* items;  ///< ring buffer of [capacity]
  size_t capacity;
  size_t head;
  size_t size;
  intptr_t maxlen;  ///< -1: unbounded
};

Deque* dq_self(Vm& vm, Value v) {
  Deque* d = native_self<Deque>(vm, v, kDequeTag);
  if (!d) (void)raise(vm, Exc::TypeError, "not a deque");
  return d;
}

Value& dq_at(Deque* d, size_t i) { return d->items[(d->head + i) % d->capacity]; }

Status dq_grow(Vm& vm, Value self) {
  Deque* d = self.as<Deque>();
  if (d->size < d->capacity) return Status::kOk;
  size_t cap = d->capacity ? d->capacity * 2 : 8;
  auto* items = static_cast<Value*>(alloc_raw(vm, cap * sizeof(Value)));
  if (!items) return Status::kRaised;
  d = self.as<Deque>();
  for (size_t i = 0; i < d->size; ++i) items[i] = dq_at(d, i);
  d->items = items;
  d->capacity = cap;
  d->head = 0;
  return Status::kOk;
}

Status dq_push(Vm& vm, Value self, Value v, bool left) {
  Deque* d = self.as<Deque>();
  if (d->maxlen == 0) return Status::kOk;
  if (d->maxlen > 0 && d->size == size_t(d->maxlen)) {
    // Full: drop from the other end.
    if (left) {
      --d->size;
    } else {
      d->head = (d->head + 1) % d->capacity;
      --d->size;
    }
  }
  CPY_VM_CHECK(dq_grow(vm, self));
  d = self.as<Deque>();
  if (left) {
    d->head = (d->head + d->capacity - 1) % d->capacity;
    d->items[d->head] = v;
  } else {
    d->items[(d->head + d->size) % d->capacity] = v;
  }
  ++d->size;
  return Status::kOk;
}

Status dq_extend_from(Vm& vm, Value self, Value iterable, bool left) {
  Value list;
  CPY_VM_CHECK(list_from_iter(vm, iterable, &list));
  for (size_t i = 0; i < list.as<List>()->size; ++i) CPY_VM_CHECK(dq_push(vm, self, list.as<List>()->items[i], left));
  return Status::kOk;
}

Status dq_new(Vm& vm, const Args& args, Value* out) {
  Value iterable = arg_or_kw(vm, args, 1, "iterable", Value::none());
  Value maxlen_v = arg_or_kw(vm, args, 2, "maxlen", Value::none());
  intptr_t maxlen = -1;
  if (!maxlen_v.is_none()) {
    CPY_VM_CHECK(get_int(vm, maxlen_v, &maxlen));
    if (maxlen < 0) return raise(vm, Exc::ValueError, "maxlen must be non-negative");
  }
  auto* d = new_native_obj<Deque>(vm, args[0].as<Type>(), kDequeTag);
  if (!d) return Status::kRaised;
  d->maxlen = maxlen;
  Value self = Value::object(d);
  if (!iterable.is_none()) CPY_VM_CHECK(dq_extend_from(vm, self, iterable, false));
  *out = self;
  return Status::kOk;
}

Status dq_append(Vm& vm, const Args& args, Value* out) {
  if (!dq_self(vm, args[0])) return Status::kRaised;
  *out = Value::none();
  return dq_push(vm, args[0], args[1], false);
}

Status dq_appendleft(Vm& vm, const Args& args, Value* out) {
  if (!dq_self(vm, args[0])) return Status::kRaised;
  *out = Value::none();
  return dq_push(vm, args[0], args[1], true);
}

Status dq_extend(Vm& vm, const Args& args, Value* out) {
  if (!dq_self(vm, args[0])) return Status::kRaised;
  *out = Value::none();
  return dq_extend_from(vm, args[0], args[1], false);
}

Status dq_extendleft(Vm& vm, const Args& args, Value* out) {
  if (!dq_self(vm, args[0])) return Status::kRaised;
  *out = Value::none();
  return dq_extend_from(vm, args[0], args[1], true);
}

Status dq_pop(Vm& vm, const Args& args, Value* out) {
  Deque* d = dq_self(vm, args[0]);
  if (!d) return Status::kRaised;
  if (!d->size) return raise(vm, Exc::IndexError, "pop from an empty deque");
  *out = dq_at(d, d->size - 1);
  dq_at(d, d->size - 1) = Value::null();
  --d->size;
  return Status::kOk;
}

Status dq_popleft(Vm& vm, const Args& args, Value* out) {
  Deque* d = dq_self(vm, args[0]);
  if (!d) return Status::kRaised;
  if (!d->size) return raise(vm, Exc::IndexError, "pop from an empty deque");
  *out = d->items[d->head];
  d->items[d->head] = Value::null();
  d->head = (d->head + 1) % d->capacity;
  --d->size;
  return Status::kOk;
}

Status dq_clear(Vm& vm, const Args& args, Value* out) {
  Deque* d = dq_self(vm, args[0]);
  if (!d) return Status::kRaised;
  d->items = nullptr;
  d->capacity = d->size = d->head = 0;
  *out = Value::none();
  return Status::kOk;
}

Status dq_to_list(Vm& vm, Value self, Value* out) {
  Deque* d = dq_self(vm, self);
  if (!d) return Status::kRaised;
  Value list = CPY_VM_TRY(new_list(vm, d->size));
  d = self.as<Deque>();
  for (size_t i = 0; i < d->size; ++i) list.as<List>()->items[i] = dq_at(d, i);
  *out = list;
  return Status::kOk;
}

Status dq_len(Vm& vm, const Args& args, Value* out) {
  Deque* d = dq_self(vm, args[0]);
  if (!d) return Status::kRaised;
  *out = Value::small_int(intptr_t(d->size));
  return Status::kOk;
}

Status dq_iter(Vm& vm, const Args& args, Value* out) {
  Value list;
  CPY_VM_CHECK(dq_to_list(vm, args[0], &list));
  return get_iter(vm, list, out);
}

Status dq_getitem(Vm& vm, const Args& args, Value* out) {
  Deque* d = dq_self(vm, args[0]);
  if (!d) return Status::kRaised;
  size_t i;
  CPY_VM_CHECK(seq_index(vm, args[1], d->size, "deque", &i));
  *out = dq_at(d, i);
  return Status::kOk;
}

Status dq_setitem(Vm& vm, const Args& args, Value* out) {
  Deque* d = dq_self(vm, args[0]);
  if (!d) return Status::kRaised;
  size_t i;
  CPY_VM_CHECK(seq_index(vm, args[1], d->size, "deque", &i));
  dq_at(d, i) = args[2];
  *out = Value::none();
  return Status::kOk;
}

Status dq_contains(Vm& vm, const Args& args, Value* out) {
  Value list;
  CPY_VM_CHECK(dq_to_list(vm, args[0], &list));
  bool r;
  CPY_VM_CHECK(contains(vm, list, args[1], &r));
  *out = Value::boolean(r);
  return Status::kOk;
}

Status dq_rotate(Vm& vm, const Args& args, Value* out) {
  Deque* d = dq_self(vm, args[0]);
  if (!d) return Status::kRaised;
  intptr_t n = 1;
  if (args.n > 1) CPY_VM_CHECK(get_int(vm, args[1], &n));
  *out = Value::none();
  if (d->size < 2) return Status::kOk;
  intptr_t size = intptr_t(d->size);
  n = ((n % size) + size) % size;
  for (intptr_t k = 0; k < n; ++k) {
    // Last to the front.
    Value v = dq_at(d, d->size - 1);
    dq_at(d, d->size - 1) = Value::null();
    --d->size;
    d->head = (d->head + d->capacity - 1) % d->capacity;
    d->items[d->head] = v;
    ++d->size;
  }
  return Status::kOk;
}

Status dq_repr(Vm& vm, const Args& args, Value* out) {
  Value list;
  CPY_VM_CHECK(dq_to_list(vm, args[0], &list));
  Buf b(vm);
  b.add("deque(");
  CPY_VM_CHECK(repr_into(vm, b, list, false));
  Deque* d = args[0].as<Deque>();
  if (d->maxlen >= 0) {
    b.add(", maxlen=");
    b.add_int(d->maxlen);
  }
  b.add_char(')');
  *out = CPY_VM_TRY(b.finish());
  return Status::kOk;
}

Status dq_maxlen(Vm& vm, const Args& args, Value* out) {
  Deque* d = dq_self(vm, args[0]);
  if (!d) return Status::kRaised;
  *out = d->maxlen < 0 ? Value::none() : Value::small_int(d->maxlen);
  return Status::kOk;
}

Status dq_count(Vm& vm, const Args& args, Value* out) {
  Value list;
  CPY_VM_CHECK(dq_to_list(vm, args[0], &list));
  return call_method(vm, list, vm.qstrs.find("count"), 1, &args.items[1], out);
}

Status dq_eq(Vm& vm, const Args& args, Value* out) {
  if (!native_self<Deque>(vm, args[1], kDequeTag)) {
    *out = Value::not_implemented();
    return Status::kOk;
  }
  Value a, b;
  CPY_VM_CHECK(dq_to_list(vm, args[0], &a));
  CPY_VM_CHECK(dq_to_list(vm, args[1], &b));
  return binary_op(vm, kEq, a, b, out);
}

}  // namespace

Type* new_namedtuple_type(Vm& vm, std::string_view name, const std::string_view* fields, size_t n) {
  Value qname = intern(vm, name);
  if (qname.is_null()) return nullptr;
  Type* t = new_native_class(vm, "namedtuple");
  if (!t) return nullptr;
  t->name = qname.qstr_id();
  Value keep = Value::object(t);
  t->flags |= kTypeHasGetattr;
  Value ft = new_tuple(vm, n);
  if (ft.is_null()) return nullptr;
  for (size_t i = 0; i < n; ++i) {
    Value f = intern(vm, fields[i]);
    if (f.is_null()) return nullptr;
    ft.as<Tuple>()->items()[i] = f;
  }
  Value fq = intern(vm, "_fields");
  if (fq.is_null() || !type_store(vm, t, fq, ft)) return nullptr;
  Value mk = intern(vm, "_make");
  if (mk.is_null()) return nullptr;
  Value make = new_native(vm, mk.qstr_id(), &nt_make, 2, 2, false);
  if (make.is_null()) return nullptr;
  make.as<NativeFn>()->is_classmethod = true;
  if (!type_store(vm, t, mk, make)) return nullptr;
  bool ok = add_special(vm, t, "__new__", &nt_new, 1, -1, true) && add_special(vm, t, "__getattr__", &nt_getattr, 2, 2) &&
            add_special(vm, t, "__getitem__", &nt_getitem, 2, 2) && add_special(vm, t, "__len__", &nt_len, 1, 1) &&
            add_special(vm, t, "__iter__", &nt_iter, 1, 1) && add_special(vm, t, "__repr__", &nt_repr, 1, 1) &&
            add_special(vm, t, "__hash__", &nt_hash, 1, 1) && add_special(vm, t, "__contains__", &nt_contains, 2, 2) &&
            add_special(vm, t, "__eq__", &nt_compare<kEq>, 2, 2) && add_special(vm, t, "__ne__", &nt_compare<kNe>, 2, 2) &&
            add_special(vm, t, "__lt__", &nt_compare<kLt>, 2, 2) && add_special(vm, t, "__le__", &nt_compare<kLe>, 2, 2) &&
            add_special(vm, t, "__gt__", &nt_compare<kGt>, 2, 2) && add_special(vm, t, "__ge__", &nt_compare<kGe>, 2, 2) &&
            add_special(vm, t, "__add__", &nt_add, 2, 2) && add_method(vm, t, "_asdict", &nt_asdict, 1, 1) &&
            add_method(vm, t, "_replace", &nt_replace, 1, 1, true) && add_method(vm, t, "count", &nt_count, 2, 2) &&
            add_method(vm, t, "index", &nt_index, 2, 2);
  return ok ? keep.as<Type>() : nullptr;
}

Value new_namedtuple(Vm& vm, Type* type, const Value* items, size_t n) {
  Value keep = Value::object(type);
  Value t = new_tuple(vm, n, items);
  if (t.is_null()) return t;
  auto* o = new_native_obj<NamedTuple>(vm, keep.as<Type>(), kNamedTupleTag);
  if (!o) return Value::null();
  o->items = t;
  return Value::object(o);
}

namespace {

Status od_make(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(vm.t_dict->make(vm, args, out));
  Value t;
  CPY_VM_CHECK(dict_get(vm, vm.modules, CPY_VM_TRY(intern(vm, "collections")), &t));
  if (!t.is_null()) {
    Value od;
    CPY_VM_CHECK(dict_get(vm, t.as<Module>()->globals, CPY_VM_TRY(intern(vm, "OrderedDict")), &od));
    if (!od.is_null()) out->as<Obj>()->type = od.as<Type>();
  }
  return Status::kOk;
}

bool init_module(Vm& vm, Module*, Value g) {
  Type* od = new_builtin_type(vm, "OrderedDict", Kind::kDict, vm.t_dict, kTypeBaseable);
  if (!od) return false;
  od->make = &od_make;
  if (!add_method(vm, od, "move_to_end", &od_move_to_end, 2, 3, true) ||
      !add_method(vm, od, "popitem", &od_popitem, 1, 2, true) || !put(vm, g, "OrderedDict", Value::object(od))) {
    return false;
  }
  Type* dq = new_native_class(vm, "deque");
  if (!dq || !put(vm, g, "deque", Value::object(dq))) return false;
  return add_special(vm, dq, "__new__", &dq_new, 1, 4, true) && add_special(vm, dq, "__len__", &dq_len, 1, 1) &&
         add_special(vm, dq, "__iter__", &dq_iter, 1, 1) && add_special(vm, dq, "__getitem__", &dq_getitem, 2, 2) &&
         add_special(vm, dq, "__setitem__", &dq_setitem, 3, 3) &&
         add_special(vm, dq, "__contains__", &dq_contains, 2, 2) && add_special(vm, dq, "__repr__", &dq_repr, 1, 1) &&
         add_special(vm, dq, "__eq__", &dq_eq, 2, 2) && add_method(vm, dq, "append", &dq_append, 2, 2) &&
         add_method(vm, dq, "appendleft", &dq_appendleft, 2, 2) && add_method(vm, dq, "pop", &dq_pop, 1, 1) &&
         add_method(vm, dq, "popleft", &dq_popleft, 1, 1) && add_method(vm, dq, "extend", &dq_extend, 2, 2) &&
         add_method(vm, dq, "extendleft", &dq_extendleft, 2, 2) && add_method(vm, dq, "clear", &dq_clear, 1, 1) &&
         add_method(vm, dq, "rotate", &dq_rotate, 1, 2) && add_method(vm, dq, "count", &dq_count, 2, 2) &&
         add_getter(vm, dq, "maxlen", &dq_maxlen) &&
         add_fn(vm, g, "namedtuple", &c_namedtuple, 2, 2, true);
}
}  // namespace

const ModuleDef kModule_collections{nullptr, 0, &init_module};

}  // namespace cpy::vm
