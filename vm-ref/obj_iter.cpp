// range, slice, and the builtin iterators: sequences, dicts, enumerate,
// zip, map, filter, reversed and iter(callable, sentinel).
#include "runtime.h"

namespace cpy::vm {

Value new_iterator(Vm& vm, IterKind kind, Value seq, intptr_t limit) {
  Iterator* it = alloc_obj<Iterator>(vm, vm.t_iterator);
  if (!it) return Value::null();
  it->ikind = kind;
  it->seq = seq;
  it->limit = limit;
  return Value::object(it);
}

Value new_range(Vm& vm, intptr_t start, intptr_t stop, intptr_t step) {
  Range* r = alloc_obj<Range>(vm, vm.t_range);
  if (!r) return Value::null();
  r->start = start;
  r->stop = stop;
  r->step = step;
  return Value::object(r);
}

Value new_slice(Vm& vm, Value start, Value stop, Value step) {
  Slice* s = alloc_obj<Slice>(vm, vm.t_slice);
  if (!s) return Value::null();
  s->start = start;
  s->stop = stop;
  s->step = step;
  return Value::object(s);
}

intptr_t range_len(Range* r) {
  if (r->step > 0) return r->stop > r->start ? (r->stop - r->start + r->step - 1) / r->step : 0;
  return r->start > r->stop ? (r->start - r->stop - r->step - 1) / -r->step : 0;
}

Status builtin_iter_next(Vm& vm, Iterator* it, Value* out) {
  *out = Value::null();
  switch (it->ikind) {
    case IterKind::kSeq: {
      Value seq = it->seq;
      Kind k = kind_of(vm, seq);
      if (k == Kind::kStr) {
        std::string_view s = str_view(vm, seq);
        if (size_t(it->index) >= s.size()) return Status::kOk;
        size_t n = utf8_char_len(static_cast<unsigned char>(s[size_t(it->index)]));
        *out = CPY_VM_TRY(new_str(vm, s.substr(size_t(it->index), n)));
        it->index += intptr_t(n);
        return Status::kOk;
      }
      if (k == Kind::kBytes || k == Kind::kBytearray) {
        std::string_view s = bytes_view(vm, seq);
        if (size_t(it->index) >= s.size()) return Status::kOk;
        *out = Value::small_int(static_cast<unsigned char>(s[size_t(it->index++)]));
        return Status::kOk;
      }
      Value* items;
      size_t n;
      seq_items(vm, seq, &items, &n);
      if (size_t(it->index) >= n) return Status::kOk;
      *out = items[it->index++];
      return Status::kOk;
    }
    case IterKind::kRange: {
      if (it->limit <= 0) return Status::kOk;
      --it->limit;
      *out = it->a;
      it->a = Value::small_int(it->a.small_int_value() + it->seq.as<Range>()->step);
      return Status::kOk;
    }
    case IterKind::kDictKeys:
    case IterKind::kDictValues:
    case IterKind::kDictItems: {
      Map& m = it->seq.as<Dict>()->map;
      if (intptr_t(m.size()) != it->limit) {
        it->limit = -1;
        bool is_set = kind_of(vm, it->seq) != Kind::kDict;
        return raise(vm, Exc::RuntimeError,
                     is_set ? "Set changed size during iteration" : "dictionary changed size during iteration");
      }
      while (m.begin() + it->index < m.end()) {
        Map::Entry e = m.begin()[it->index++];
        if (e.key.is_null()) continue;
        if (it->ikind == IterKind::kDictKeys) {
          *out = e.key;
        } else if (it->ikind == IterKind::kDictValues) {
          *out = e.value;
        } else {
          Value pair[2] = {e.key, e.value};
          *out = CPY_VM_TRY(new_tuple(vm, 2, pair));
        }
        return Status::kOk;
      }
      return Status::kOk;
    }
    case IterKind::kEnumerate: {
      Value x;
      CPY_VM_CHECK(iter_next(vm, it->seq, &x));
      if (x.is_null()) return Status::kOk;
      Value pair[2] = {it->a, x};
      CPY_VM_CHECK(int_binary_op(vm, kAdd, it->a, Value::small_int(1), &it->a));
      *out = CPY_VM_TRY(new_tuple(vm, 2, pair));
      return Status::kOk;
    }
    case IterKind::kZip:
    case IterKind::kMap: {
      Tuple* iters = it->seq.as<Tuple>();
      size_t n = iters->size;
      if (n == 0) return Status::kOk;
      Value tuple = CPY_VM_TRY(new_tuple(vm, n));
      for (size_t i = 0; i < n; ++i) {
        Value x;
        CPY_VM_CHECK(iter_next(vm, iters->items()[i], &x));
        if (x.is_null()) return Status::kOk;
        tuple.as<Tuple>()->items()[i] = x;
      }
      if (it->ikind == IterKind::kZip) {
        *out = tuple;
        return Status::kOk;
      }
      Value r;
      CPY_VM_CHECK(call(vm, it->a, Args{tuple.as<Tuple>()->items(), n, 0}, &r));
      *out = r;
      return Status::kOk;
    }
    case IterKind::kFilter: {
      for (;;) {
        Value x;
        CPY_VM_CHECK(iter_next(vm, it->seq, &x));
        if (x.is_null()) return Status::kOk;
        Value test = x;
        if (!it->a.is_none()) CPY_VM_CHECK(call1(vm, it->a, x, &test));
        bool keep = false;
        CPY_VM_CHECK(truthy(vm, test, &keep));
        if (keep) {
          *out = x;
          return Status::kOk;
        }
      }
    }
    case IterKind::kReversed: {
      if (it->index <= 0) return Status::kOk;
      --it->index;
      return subscr(vm, it->seq, Value::small_int(it->index), out);
    }
    case IterKind::kCallable: {
      if (it->limit) return Status::kOk;
      Value x;
      CPY_VM_CHECK(call0(vm, it->a, &x));
      bool same = x == it->b;
      if (!same) CPY_VM_CHECK(equal(vm, x, it->b, &same));
      if (same) {
        it->limit = 1;
        return Status::kOk;
      }
      *out = x;
      return Status::kOk;
    }
    case IterKind::kGetitem: {
      Value x;
      if (subscr(vm, it->seq, Value::small_int(it->index), &x) == Status::kRaised) {
        if (pending_is(vm, Exc::IndexError) || pending_is(vm, Exc::StopIteration)) {
          vm.pending = Value::null();
          return Status::kOk;
        }
        return Status::kRaised;
      }
      ++it->index;
      *out = x;
      return Status::kOk;
    }
  }
  return Status::kOk;
}

namespace {

Status range_make(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(check_no_kw(vm, args, "range"));
  intptr_t v[3] = {0, 0, 1};
  if (args.n < 1 || args.n > 3) {
    return raise(vm, Exc::TypeError, "range expected at most 3 arguments, got %d", int(args.n));
  }
  for (size_t i = 0; i < args.n; ++i) CPY_VM_CHECK(get_int(vm, args[i], &v[i]));
  if (args.n == 1) {
    v[1] = v[0];
    v[0] = 0;
  }
  if (v[2] == 0) return raise(vm, Exc::ValueError, "range() arg 3 must not be zero");
  *out = CPY_VM_TRY(new_range(vm, v[0], v[1], v[2]));
  return Status::kOk;
}

Status slice_make(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(check_no_kw(vm, args, "slice"));
  Value v[3] = {Value::none(), Value::none(), Value::none()};
  if (args.n == 1)
    v[1] = args[0];
  else
    for (size_t i = 0; i < args.n && i < 3; ++i) v[i] = args[i];
  *out = CPY_VM_TRY(new_slice(vm, v[0], v[1], v[2]));
  return Status::kOk;
}

Status enumerate_make(Vm& vm, const Args& args, Value* out) {
  Value start = args.n > 1 ? args[1] : kw_arg(args, vm.q.start, Value::small_int(0));
  if (args.n < 1) return raise(vm, Exc::TypeError, "enumerate() missing required argument 'iterable'");
  Value it;
  CPY_VM_CHECK(get_iter(vm, args[0], &it));
  Value e = CPY_VM_TRY(new_iterator(vm, IterKind::kEnumerate, it));
  e.as<Iterator>()->a = start;
  e.as<Obj>()->type = vm.t_enumerate;
  *out = e;
  return Status::kOk;
}

Status iters_tuple(Vm& vm, const Value* items, size_t n, Value* out) {
  Value t = CPY_VM_TRY(new_tuple(vm, n));
  for (size_t i = 0; i < n; ++i) {
    Value it;
    CPY_VM_CHECK(get_iter(vm, items[i], &it));
    t.as<Tuple>()->items()[i] = it;
  }
  *out = t;
  return Status::kOk;
}

Status zip_make(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(check_no_kw(vm, args, "zip"));
  Value iters;
  CPY_VM_CHECK(iters_tuple(vm, args.items, args.n, &iters));
  *out = CPY_VM_TRY(new_iterator(vm, IterKind::kZip, iters));
  out->as<Obj>()->type = vm.t_zip;
  return Status::kOk;
}

Status map_make(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(check_no_kw(vm, args, "map"));
  if (args.n < 2) return raise(vm, Exc::TypeError, "map() must have at least two arguments.");
  Value iters;
  CPY_VM_CHECK(iters_tuple(vm, args.items + 1, args.n - 1, &iters));
  *out = CPY_VM_TRY(new_iterator(vm, IterKind::kMap, iters));
  out->as<Iterator>()->a = args[0];
  out->as<Obj>()->type = vm.t_map;
  return Status::kOk;
}

Status filter_make(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(check_no_kw(vm, args, "filter"));
  if (args.n != 2) return raise(vm, Exc::TypeError, "filter expected 2 arguments, got %d", int(args.n));
  Value it;
  CPY_VM_CHECK(get_iter(vm, args[1], &it));
  *out = CPY_VM_TRY(new_iterator(vm, IterKind::kFilter, it));
  out->as<Iterator>()->a = args[0];
  out->as<Obj>()->type = vm.t_filter;
  return Status::kOk;
}

Status reversed_make(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(check_no_kw(vm, args, "reversed"));
  if (args.n != 1) return raise(vm, Exc::TypeError, "reversed expected 1 argument, got %d", int(args.n));
  Value seq = args[0];
  Kind k = kind_of(vm, seq);
  if (k == Kind::kInstance) {
    Value m = type_lookup(vm, type_of(vm, seq), vm.q.reversed);
    if (!m.is_null()) return call_with_self(vm, m, seq, Args{}, out);
  }
  if (k == Kind::kDict || k == Kind::kDictView) {
    Value list;
    CPY_VM_CHECK(list_from_iter(vm, seq, &list));
    seq = list;
  } else if (k != Kind::kList && k != Kind::kTuple && k != Kind::kStr && k != Kind::kRange && k != Kind::kBytes &&
             k != Kind::kBytearray &&
             (k != Kind::kInstance || type_lookup(vm, type_of(vm, seq), vm.q.getitem).is_null())) {
    return raise(vm, Exc::TypeError, "'%T' object is not reversible", seq);
  }
  size_t n = 0;
  CPY_VM_CHECK(length(vm, seq, &n));
  *out = CPY_VM_TRY(new_iterator(vm, IterKind::kReversed, seq));
  out->as<Iterator>()->index = intptr_t(n);
  out->as<Obj>()->type = vm.t_reversed;
  return Status::kOk;
}

Status slice_indices_method(Vm& vm, const Args& args, Value* out) {
  intptr_t len;
  CPY_VM_CHECK(get_int(vm, args[1], &len));
  intptr_t start, stop, step, count;
  CPY_VM_CHECK(slice_indices(vm, args[0], len, &start, &stop, &step, &count));
  Value t[3] = {Value::small_int(start), Value::small_int(stop), Value::small_int(step)};
  *out = CPY_VM_TRY(new_tuple(vm, 3, t));
  return Status::kOk;
}

Status range_index(Vm& vm, const Args& args, Value* out) {
  bool in = false;
  CPY_VM_CHECK(contains(vm, args[0], args[1], &in));
  if (!in) return raise(vm, Exc::ValueError, "%R is not in range", args[1]);
  Range* r = args[0].as<Range>();
  *out = Value::small_int((args[1].small_int_value() - r->start) / r->step);
  return Status::kOk;
}

Status range_count(Vm& vm, const Args& args, Value* out) {
  bool in = false;
  CPY_VM_CHECK(contains(vm, args[0], args[1], &in));
  *out = Value::small_int(in);
  return Status::kOk;
}

Status iter_self(Vm&, const Args& args, Value* out) {
  *out = args[0];
  return Status::kOk;
}

Status iter_next_method(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(builtin_iter_next(vm, args[0].as<Iterator>(), out));
  if (out->is_null()) return raise_empty(vm, Exc::StopIteration);
  return Status::kOk;
}

}  // namespace

constexpr MethodDef kIteratorMethods[] = {
    method_def("__iter__", &iter_self, 1, 1),
    method_def("__next__", &iter_next_method, 1, 1),
};
constexpr MethodDef kSliceMethods[] = {method_def("indices", &slice_indices_method, 2, 2)};
constexpr MethodDef kRangeMethods[] = {
    method_def("index", &range_index, 2, 2),
    method_def("count", &range_count, 2, 2),
};

bool init_iter(Vm& vm) {
  vm.t_range->make = &range_make;
  vm.t_slice->make = &slice_make;
  vm.t_enumerate->make = &enumerate_make;
  vm.t_zip->make = &zip_make;
  vm.t_map->make = &map_make;
  vm.t_filter->make = &filter_make;
  vm.t_reversed->make = &reversed_make;
  Type* iters[] = {vm.t_iterator, vm.t_enumerate, vm.t_zip, vm.t_map, vm.t_filter, vm.t_reversed};
  for (Type* t : iters) set_methods(t, kIteratorMethods);
  set_methods(vm.t_slice, kSliceMethods);
  set_methods(vm.t_range, kRangeMethods);
  return true;
}

}  // namespace cpy::vm
