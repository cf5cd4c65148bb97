// dict, set and frozenset over the insertion-ordered Map.
#include "runtime.h"

namespace cpy::vm {

Value new_dict(Vm& vm) {
  Dict* d = alloc_obj<Dict>(vm, vm.t_dict);
  return d ? Value::object(d) : Value::null();
}

Value new_set(Vm& vm, Type* type) {
  Dict* d = alloc_obj<Dict>(vm, type);
  return d ? Value::object(d) : Value::null();
}

Status dict_get(Vm& vm, Value dict, Value key, Value* out) { return dict.as<Dict>()->map.lookup(key, vm.key_ops, out); }

Status dict_store(Vm& vm, Value dict, Value key, Value value) {
  bool stored = false;
  CPY_VM_CHECK(dict.as<Dict>()->map.store_may_collect(vm.heap, key, value, vm.key_ops, &stored));
  if (!stored) {
    set_memory_error(vm);
    return Status::kRaised;
  }
  return Status::kOk;
}

Status dict_remove(Vm& vm, Value dict, Value key, Value* removed) {
  return dict.as<Dict>()->map.remove(key, vm.key_ops, removed);
}

Status set_add(Vm& vm, Value set, Value item) { return dict_store(vm, set, item, Value::true_value()); }

Status dict_update(Vm& vm, Value dict, Value other) {
  if (kind_of(vm, other) == Kind::kDict) {
    Map& m = other.as<Dict>()->map;
    for (size_t i = 0; m.begin() + i < m.end(); ++i) {
      Map::Entry e = m.begin()[i];
      if (!e.key.is_null()) CPY_VM_CHECK(dict_store(vm, dict, e.key, e.value));
    }
    return Status::kOk;
  }
  // A mapping with keys(), or an iterable of pairs.
  Value keys_fn;
  CPY_VM_CHECK(get_attr_maybe(vm, other, vm.q.keys, &keys_fn));
  if (!keys_fn.is_null()) {
    Value keys;
    CPY_VM_CHECK(call0(vm, keys_fn, &keys));
    Value it;
    CPY_VM_CHECK(get_iter(vm, keys, &it));
    for (;;) {
      Value k, v;
      CPY_VM_CHECK(iter_next(vm, it, &k));
      if (k.is_null()) return Status::kOk;
      CPY_VM_CHECK(subscr(vm, other, k, &v));
      CPY_VM_CHECK(dict_store(vm, dict, k, v));
    }
  }
  Value it;
  CPY_VM_CHECK(get_iter(vm, other, &it));
  for (;;) {
    Value pair;
    CPY_VM_CHECK(iter_next(vm, it, &pair));
    if (pair.is_null()) return Status::kOk;
    Value list;
    CPY_VM_CHECK(list_from_iter(vm, pair, &list));
    if (list.as<List>()->size != 2) {
      return raise(vm, Exc::ValueError, "dictionary update sequence element has length %d; 2 is required",
                   int(list.as<List>()->size));
    }
    CPY_VM_CHECK(dict_store(vm, dict, list.as<List>()->items[0], list.as<List>()->items[1]));
  }
}

namespace {

Status view(Vm& vm, Value d, IterKind kind, Value* out) {
  DictView* v = alloc_obj<DictView>(vm, vm.t_dict_view);
  if (!v) return Status::kRaised;
  v->dict = d;
  v->ikind = kind;
  *out = Value::object(v);
  return Status::kOk;
}

Status d_keys(Vm& vm, const Args& a, Value* o) { return view(vm, a[0], IterKind::kDictKeys, o); }
Status d_values(Vm& vm, const Args& a, Value* o) { return view(vm, a[0], IterKind::kDictValues, o); }
Status d_items(Vm& vm, const Args& a, Value* o) { return view(vm, a[0], IterKind::kDictItems, o); }

Status d_get(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(dict_get(vm, args[0], args[1], out));
  if (out->is_null()) *out = args.n > 2 ? args[2] : Value::none();
  return Status::kOk;
}

Status d_pop(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(dict_remove(vm, args[0], args[1], out));
  if (out->is_null()) {
    if (args.n > 2) {
      *out = args[2];
      return Status::kOk;
    }
    return raise_with(vm, Exc::KeyError, args[1]);
  }
  return Status::kOk;
}

Status d_popitem(Vm& vm, const Args& args, Value* out) {
  Map& m = args[0].as<Dict>()->map;
  for (const Map::Entry* e = m.end(); e != m.begin();) {
    --e;
    if (e->key.is_null()) continue;
    Value pair[2] = {e->key, e->value};
    Value removed;
    CPY_VM_CHECK(dict_remove(vm, args[0], pair[0], &removed));
    *out = CPY_VM_TRY(new_tuple(vm, 2, pair));
    return Status::kOk;
  }
  return raise(vm, Exc::KeyError, "popitem(): dictionary is empty");
}

Status d_setdefault(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(dict_get(vm, args[0], args[1], out));
  if (out->is_null()) {
    *out = args.n > 2 ? args[2] : Value::none();
    CPY_VM_CHECK(dict_store(vm, args[0], args[1], *out));
  }
  return Status::kOk;
}

Status d_update(Vm& vm, const Args& args, Value* out) {
  if (args.n > 1) CPY_VM_CHECK(dict_update(vm, args[0], args[1]));
  for (size_t i = 0; i < args.n_kw; ++i) CPY_VM_CHECK(dict_store(vm, args[0], args.kw_name(i), args.kw_value(i)));
  *out = Value::none();
  return Status::kOk;
}

Status d_clear(Vm&, const Args& args, Value* out) {
  args[0].as<Dict>()->map.clear();
  *out = Value::none();
  return Status::kOk;
}

Status copy_map(Vm& vm, Value src, Type* type, Value* out) {
  Value d = CPY_VM_TRY(type == vm.t_dict ? new_dict(vm) : new_set(vm, type));
  Map& m = src.as<Dict>()->map;
  for (size_t i = 0; m.begin() + i < m.end(); ++i) {
    Map::Entry e = m.begin()[i];
    if (!e.key.is_null()) CPY_VM_CHECK(dict_store(vm, d, e.key, e.value));
  }
  *out = d;
  return Status::kOk;
}

Status d_copy(Vm& vm, const Args& args, Value* out) { return copy_map(vm, args[0], vm.t_dict, out); }

Status d_fromkeys(Vm& vm, const Args& args, Value* out) {
  // cls.fromkeys makes a cls: a derived class's instance, filled here.
  Value d;
  if (is_native_subclass(args[0].as<Type>())) {
    CPY_VM_CHECK(call0(vm, args[0], &d));
    if (kind_of(vm, d) != Kind::kDict) return raise(vm, Exc::TypeError, "fromkeys: %T is not a dict", d);
  } else {
    d = CPY_VM_TRY(new_dict(vm));
  }
  Value it;
  CPY_VM_CHECK(get_iter(vm, args[1], &it));
  Value v = args.n > 2 ? args[2] : Value::none();
  for (;;) {
    Value k;
    CPY_VM_CHECK(iter_next(vm, it, &k));
    if (k.is_null()) break;
    CPY_VM_CHECK(dict_store(vm, d, k, v));
  }
  *out = d;
  return Status::kOk;
}

Status dict_make(Vm& vm, const Args& args, Value* out) {
  if (args.n > 1) return raise(vm, Exc::TypeError, "dict expected at most 1 argument, got %d", int(args.n));
  Value d = CPY_VM_TRY(new_dict(vm));
  if (args.n) CPY_VM_CHECK(dict_update(vm, d, args[0]));
  for (size_t i = 0; i < args.n_kw; ++i) CPY_VM_CHECK(dict_store(vm, d, args.kw_name(i), args.kw_value(i)));
  *out = d;
  return Status::kOk;
}

// ---- sets ----

bool is_set_kind(Vm& vm, Value v) {
  Kind k = kind_of(vm, v);
  return k == Kind::kSet || k == Kind::kFrozenset;
}

Status set_from(Vm& vm, Type* type, Value iterable, Value* out) {
  Value s = CPY_VM_TRY(new_set(vm, type));
  if (!iterable.is_null()) {
    Value it;
    CPY_VM_CHECK(get_iter(vm, iterable, &it));
    for (;;) {
      Value x;
      CPY_VM_CHECK(iter_next(vm, it, &x));
      if (x.is_null()) break;
      CPY_VM_CHECK(set_add(vm, s, x));
    }
  }
  *out = s;
  return Status::kOk;
}

// A set view of [v]: itself when a set, else a new set of its items.
Status as_set(Vm& vm, Value v, Value* out) {
  if (is_set_kind(vm, v)) {
    *out = v;
    return Status::kOk;
  }
  return set_from(vm, vm.t_set, v, out);
}

bool has(Vm& vm, Value set, Value item, Status* s) {
  Value v;
  *s = dict_get(vm, set, item, &v);
  return !v.is_null();
}

enum class SetOp { kUnion, kIntersection, kDifference, kSymmetric };

Status set_combine(Vm& vm, Value a, Value b, SetOp op, Type* type, Value* out) {
  Value result = CPY_VM_TRY(new_set(vm, type));
  Value other;
  CPY_VM_CHECK(as_set(vm, b, &other));
  Map& ma = a.as<Dict>()->map;
  Status s = Status::kOk;
  for (size_t i = 0; ma.begin() + i < ma.end(); ++i) {
    Value k = ma.begin()[i].key;
    if (k.is_null()) continue;
    bool in_b = has(vm, other, k, &s);
    CPY_VM_CHECK(s);
    bool keep = op == SetOp::kUnion || (op == SetOp::kIntersection ? in_b : !in_b);
    if (keep) CPY_VM_CHECK(set_add(vm, result, k));
  }
  if (op == SetOp::kUnion || op == SetOp::kSymmetric) {
    Map& mb = other.as<Dict>()->map;
    for (size_t i = 0; mb.begin() + i < mb.end(); ++i) {
      Value k = mb.begin()[i].key;
      if (k.is_null()) continue;
      bool in_a = has(vm, a, k, &s);
      CPY_VM_CHECK(s);
      if (op == SetOp::kUnion || !in_a) CPY_VM_CHECK(set_add(vm, result, k));
    }
  }
  *out = result;
  return Status::kOk;
}

Status is_subset(Vm& vm, Value a, Value b, bool* out) {
  Map& ma = a.as<Dict>()->map;
  Status s = Status::kOk;
  for (size_t i = 0; ma.begin() + i < ma.end(); ++i) {
    Value k = ma.begin()[i].key;
    if (k.is_null()) continue;
    bool in_b = has(vm, b, k, &s);
    CPY_VM_CHECK(s);
    if (!in_b) {
      *out = false;
      return Status::kOk;
    }
  }
  *out = true;
  return Status::kOk;
}

Type* result_type(Vm& vm, Value a) { return kind_of(vm, a) == Kind::kFrozenset ? vm.t_frozenset : vm.t_set; }

Status s_combine_method(Vm& vm, const Args& args, SetOp op, Value* out) {
  Value acc = args[0];
  Type* type = result_type(vm, args[0]);
  if (args.n == 1) return copy_map(vm, acc, type, out);
  for (size_t i = 1; i < args.n; ++i) CPY_VM_CHECK(set_combine(vm, acc, args[i], op, type, &acc));
  *out = acc;
  return Status::kOk;
}

Status s_union(Vm& vm, const Args& a, Value* o) { return s_combine_method(vm, a, SetOp::kUnion, o); }
Status s_intersection(Vm& vm, const Args& a, Value* o) { return s_combine_method(vm, a, SetOp::kIntersection, o); }
Status s_difference(Vm& vm, const Args& a, Value* o) { return s_combine_method(vm, a, SetOp::kDifference, o); }
Status s_symdiff(Vm& vm, const Args& a, Value* o) { return s_combine_method(vm, a, SetOp::kSymmetric, o); }

Status replace_contents(Vm& vm, Value set, Value from) {
  set.as<Dict>()->map = from.as<Dict>()->map;
  (void)vm;
  return Status::kOk;
}

Status s_update_op(Vm& vm, const Args& args, SetOp op, Value* out) {
  for (size_t i = 1; i < args.n; ++i) {
    Value r;
    CPY_VM_CHECK(set_combine(vm, args[0], args[i], op, vm.t_set, &r));
    CPY_VM_CHECK(replace_contents(vm, args[0], r));
  }
  *out = Value::none();
  return Status::kOk;
}

Status s_update(Vm& vm, const Args& a, Value* o) { return s_update_op(vm, a, SetOp::kUnion, o); }
Status s_intersection_update(Vm& vm, const Args& a, Value* o) { return s_update_op(vm, a, SetOp::kIntersection, o); }
Status s_difference_update(Vm& vm, const Args& a, Value* o) { return s_update_op(vm, a, SetOp::kDifference, o); }
Status s_symdiff_update(Vm& vm, const Args& a, Value* o) { return s_update_op(vm, a, SetOp::kSymmetric, o); }

Status s_add(Vm& vm, const Args& args, Value* out) {
  *out = Value::none();
  return set_add(vm, args[0], args[1]);
}

Status s_remove(Vm& vm, const Args& args, Value* out) {
  Value removed;
  CPY_VM_CHECK(dict_remove(vm, args[0], args[1], &removed));
  if (removed.is_null()) return raise_with(vm, Exc::KeyError, args[1]);
  *out = Value::none();
  return Status::kOk;
}

Status s_discard(Vm& vm, const Args& args, Value* out) {
  Value removed;
  CPY_VM_CHECK(dict_remove(vm, args[0], args[1], &removed));
  *out = Value::none();
  return Status::kOk;
}

Status s_pop(Vm& vm, const Args& args, Value* out) {
  Map& m = args[0].as<Dict>()->map;
  for (const Map::Entry* e = m.begin(); e != m.end(); ++e) {
    if (e->key.is_null()) continue;
    *out = e->key;
    Value removed;
    return dict_remove(vm, args[0], *out, &removed);
  }
  return raise(vm, Exc::KeyError, "pop from an empty set");
}

Status s_copy(Vm& vm, const Args& args, Value* out) { return copy_map(vm, args[0], result_type(vm, args[0]), out); }

Status s_issubset(Vm& vm, const Args& args, Value* out) {
  Value other;
  CPY_VM_CHECK(as_set(vm, args[1], &other));
  bool r;
  CPY_VM_CHECK(is_subset(vm, args[0], other, &r));
  *out = Value::boolean(r);
  return Status::kOk;
}

Status s_issuperset(Vm& vm, const Args& args, Value* out) {
  Value other;
  CPY_VM_CHECK(as_set(vm, args[1], &other));
  bool r;
  CPY_VM_CHECK(is_subset(vm, other, args[0], &r));
  *out = Value::boolean(r);
  return Status::kOk;
}

Status s_isdisjoint(Vm& vm, const Args& args, Value* out) {
  Value inter;
  CPY_VM_CHECK(set_combine(vm, args[0], args[1], SetOp::kIntersection, vm.t_set, &inter));
  *out = Value::boolean(inter.as<Dict>()->map.size() == 0);
  return Status::kOk;
}

Status set_make(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(check_no_kw(vm, args, "set"));
  if (args.n > 1) return raise(vm, Exc::TypeError, "set expected at most 1 argument, got %d", int(args.n));
  return set_from(vm, vm.t_set, args.n ? args[0] : Value::null(), out);
}

Status frozenset_make(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(check_no_kw(vm, args, "frozenset"));
  if (args.n > 1) return raise(vm, Exc::TypeError, "frozenset expected at most 1 argument, got %d", int(args.n));
  return set_from(vm, vm.t_frozenset, args.n ? args[0] : Value::null(), out);
}

}  // namespace

Status dict_binary_op(Vm& vm, int op, Value a, Value b, Value* out) {
  *out = Value::not_implemented();
  if (op >= kInplaceFirst && op < kOr) op += kInplaceDelta;
  Kind ka = kind_of(vm, a), kb = kind_of(vm, b);
  if (ka == Kind::kDictView || kb == Kind::kDictView) {
    // Key views compare and combine like sets.
    if (ka == Kind::kDictView && a.as<DictView>()->ikind != IterKind::kDictKeys) return Status::kOk;
    Value sa, sb;
    CPY_VM_CHECK(set_from(vm, vm.t_set, a, &sa));
    CPY_VM_CHECK(set_from(vm, vm.t_set, b, &sb));
    return set_binary_op(vm, op, sa, sb, out);
  }
  if (op == kOr && kb == Kind::kDict) {
    CPY_VM_CHECK(copy_map(vm, a, vm.t_dict, out));
    return dict_update(vm, *out, b);
  }
  return Status::kOk;
}

Status set_binary_op(Vm& vm, int op, Value a, Value b, Value* out) {
  *out = Value::not_implemented();
  bool inplace = op >= kInplaceFirst && op < kOr;
  if (inplace) op += kInplaceDelta;
  if (!is_set_kind(vm, b)) return Status::kOk;
  Type* type = result_type(vm, a);
  SetOp sop;
  switch (op) {
    case kOr:
      sop = SetOp::kUnion;
      break;
    case kAnd:
      sop = SetOp::kIntersection;
      break;
    case kSub:
      sop = SetOp::kDifference;
      break;
    case kXor:
      sop = SetOp::kSymmetric;
      break;
    case kLe:
    case kGe:
    case kLt:
    case kGt:
    case kEq:
    case kNe: {
      bool sub = false, sup = false;
      CPY_VM_CHECK(is_subset(vm, a, b, &sub));
      CPY_VM_CHECK(is_subset(vm, b, a, &sup));
      size_t na = a.as<Dict>()->map.size(), nb = b.as<Dict>()->map.size();
      bool r = op == kLe   ? sub
               : op == kGe ? sup
               : op == kLt ? sub && na < nb
               : op == kGt ? sup && na > nb
               : op == kEq ? sub && sup
                           : !(sub && sup);
      *out = Value::boolean(r);
      return Status::kOk;
    }
    default:
      return Status::kOk;
  }
  CPY_VM_CHECK(set_combine(vm, a, b, sop, type, out));
  if (inplace && kind_of(vm, a) == Kind::kSet) {
    CPY_VM_CHECK(replace_contents(vm, a, *out));
    *out = a;
  }
  return Status::kOk;
}

constexpr MethodDef kDictMethods[] = {
    method_def("__init__", &builtin_init, 1, 2, true),
    method_def("keys", &d_keys, 1, 1),
    method_def("values", &d_values, 1, 1),
    method_def("items", &d_items, 1, 1),
    method_def("get", &d_get, 2, 3),
    method_def("pop", &d_pop, 2, 3),
    method_def("popitem", &d_popitem, 1, 1),
    method_def("setdefault", &d_setdefault, 2, 3),
    method_def("update", &d_update, 1, 2, true),
    method_def("clear", &d_clear, 1, 1),
    method_def("copy", &d_copy, 1, 1),
    method_def("fromkeys", &d_fromkeys, 2, 3, false, MethodKind::kClassMethod),
};

// frozenset has the first eight (the ones that do not mutate).
#define CPY_SET_READ_METHODS                                       \
  method_def("union", &s_union, 1, -1),                            \
      method_def("intersection", &s_intersection, 1, -1),          \
      method_def("difference", &s_difference, 1, -1),              \
      method_def("symmetric_difference", &s_symdiff, 2, 2),        \
      method_def("issubset", &s_issubset, 2, 2),                   \
      method_def("issuperset", &s_issuperset, 2, 2),               \
      method_def("isdisjoint", &s_isdisjoint, 2, 2), method_def("copy", &s_copy, 1, 1)

constexpr MethodDef kSetMethods[] = {
    CPY_SET_READ_METHODS,
    method_def("__init__", &builtin_init, 1, 2),
    method_def("add", &s_add, 2, 2),
    method_def("remove", &s_remove, 2, 2),
    method_def("discard", &s_discard, 2, 2),
    method_def("pop", &s_pop, 1, 1),
    method_def("clear", &d_clear, 1, 1),
    method_def("update", &s_update, 1, -1),
    method_def("intersection_update", &s_intersection_update, 1, -1),
    method_def("difference_update", &s_difference_update, 1, -1),
    method_def("symmetric_difference_update", &s_symdiff_update, 2, 2),
};

constexpr MethodDef kFrozensetMethods[] = {CPY_SET_READ_METHODS};
#undef CPY_SET_READ_METHODS

bool init_dict(Vm& vm) {
  vm.t_dict->make = &dict_make;
  vm.t_set->make = &set_make;
  vm.t_frozenset->make = &frozenset_make;
  set_methods(vm.t_dict, kDictMethods);
  set_methods(vm.t_set, kSetMethods);
  set_methods(vm.t_frozenset, kFrozensetMethods);
  return true;
}

}  // namespace cpy::vm
