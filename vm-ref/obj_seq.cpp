// tuple and list: storage, slicing, operators, sorting and methods.
#include <cstring>

#include "runtime.h"

namespace cpy::vm {

Value new_tuple(Vm& vm, size_t n, const Value* items) {
  if (n == 0 && vm.empty_tuple.is_object()) return vm.empty_tuple;
  Tuple* t = alloc_obj<Tuple>(vm, vm.t_tuple, n * sizeof(Value));
  if (!t) return Value::null();
  t->size = n;
  if (items && n) std::memcpy(t->items(), items, n * sizeof(Value));
  return Value::object(t);
}

Value new_list(Vm& vm, size_t n, const Value* items) {
  List* l = alloc_obj<List>(vm, vm.t_list);
  if (!l) return Value::null();
  size_t cap = n < 4 ? 4 : n;
  Value lv = Value::object(l);
  auto* storage = static_cast<Value*>(alloc_raw(vm, cap * sizeof(Value)));
  if (!storage) return Value::null();
  l = lv.as<List>();
  l->items = storage;
  l->capacity = cap;
  l->size = n;
  if (items && n) std::memcpy(storage, items, n * sizeof(Value));
  return lv;
}

namespace {
bool list_reserve(Vm& vm, List* l, size_t n) {
  if (n <= l->capacity) return true;
  size_t cap = l->capacity ? l->capacity * 2 : 4;
  while (cap < n) cap *= 2;
  // In place when the blocks after the items are free: no copy, and no old
  // array left to fragment the heap.
  if (l->items && vm.heap.grow_in_place(l->items, cap * sizeof(Value))) {
    l->capacity = cap;
    return true;
  }
  auto* grown = static_cast<Value*>(alloc_raw(vm, cap * sizeof(Value)));
  if (!grown) return false;
  if (l->size) std::memcpy(grown, l->items, l->size * sizeof(Value));
  l->items = grown;
  l->capacity = cap;
  return true;
}
}  // namespace

Status list_append(Vm& vm, Value list, Value item) {
  List* l = list.as<List>();
  if (!list_reserve(vm, l, l->size + 1)) return Status::kRaised;
  l->items[l->size++] = item;
  return Status::kOk;
}

bool seq_items(Vm&, Value v, Value** items, size_t* n) {
  *items = nullptr;
  *n = 0;
  if (!v.is_object()) return false;
  Kind k = v.as<Obj>()->type->kind;
  if (k == Kind::kTuple) {
    *items = v.as<Tuple>()->items();
    *n = v.as<Tuple>()->size;
    return true;
  }
  if (k == Kind::kList) {
    *items = v.as<List>()->items;
    *n = v.as<List>()->size;
    return true;
  }
  return false;
}

Status list_from_iter(Vm& vm, Value iterable, Value* out) {
  Value* items = nullptr;
  size_t n = 0;
  // Straight from the items, unless a derived class iterates its own way.
  bool own_iter = is_native_subclass_instance(iterable) && !user_method(vm, iterable, vm.q.iter).is_null();
  if (!own_iter && seq_items(vm, iterable, &items, &n)) {
    *out = CPY_VM_TRY(new_list(vm, n, items));
    return Status::kOk;
  }
  Value list = CPY_VM_TRY(new_list(vm, 0));
  Value it;
  CPY_VM_CHECK(get_iter(vm, iterable, &it));
  for (;;) {
    Value x;
    CPY_VM_CHECK(iter_next(vm, it, &x));
    if (x.is_null()) break;
    CPY_VM_CHECK(list_append(vm, list, x));
  }
  *out = list;
  return Status::kOk;
}

Status tuple_from_iter(Vm& vm, Value iterable, Value* out) {
  if (is_obj_of(iterable, vm.t_tuple)) {
    *out = iterable;
    return Status::kOk;
  }
  Value list;
  CPY_VM_CHECK(list_from_iter(vm, iterable, &list));
  *out = CPY_VM_TRY(new_tuple(vm, list.as<List>()->size, list.as<List>()->items));
  return Status::kOk;
}

Status seq_index(Vm& vm, Value index, size_t len, const char* what, size_t* out) {
  intptr_t i;
  if (!is_index_like(vm, index)) {
    return raise(vm, Exc::TypeError, "%s indices must be integers or slices, not %T", what, index);
  }
  Value iv;
  CPY_VM_CHECK(index_value(vm, index, &iv));
  if (get_int(vm, iv, &i) == Status::kRaised) {
    if (!pending_is(vm, Exc::OverflowError)) return Status::kRaised;
    vm.pending = Value::null();
    return raise(vm, Exc::IndexError, "cannot fit 'int' into an index-sized integer");
  }
  if (i < 0) i += intptr_t(len);
  if (i < 0 || size_t(i) >= len) return raise(vm, Exc::IndexError, "%s index out of range", what);
  *out = size_t(i);
  return Status::kOk;
}

Status slice_indices(Vm& vm, Value slice, intptr_t len, intptr_t* start, intptr_t* stop, intptr_t* step,
                     intptr_t* count) {
  Slice* s = slice.as<Slice>();
  *step = 1;
  if (!s->step.is_none()) {
    CPY_VM_CHECK(get_int(vm, s->step, step));
    if (*step == 0) return raise(vm, Exc::ValueError, "slice step cannot be zero");
  }
  intptr_t lo = *step < 0 ? -1 : 0;
  intptr_t hi = *step < 0 ? len - 1 : len;
  auto clamp = [&](Value v, intptr_t dflt, intptr_t* out) -> Status {
    if (v.is_none()) {
      *out = dflt;
      return Status::kOk;
    }
    intptr_t i;
    CPY_VM_CHECK(get_int(vm, v, &i));
    if (i < 0) {
      i += len;
      if (i < lo) i = lo;
    } else if (i > hi) {
      i = hi;
    }
    *out = i;
    return Status::kOk;
  };
  CPY_VM_CHECK(clamp(s->start, *step < 0 ? hi : lo, start));
  CPY_VM_CHECK(clamp(s->stop, *step < 0 ? lo : hi, stop));
  if (*step > 0) {
    *count = *stop > *start ? (*stop - *start + *step - 1) / *step : 0;
  } else {
    *count = *start > *stop ? (*start - *stop - *step - 1) / -*step : 0;
  }
  return Status::kOk;
}

Status seq_subscr(Vm& vm, Value seq, Value index, Value* out) {
  Kind k = kind_of(vm, seq);
  if (k == Kind::kRange) {
    Range* r = seq.as<Range>();
    intptr_t len = range_len(r);
    if (is_obj_of(index, vm.t_slice)) {
      intptr_t start, stop, step, count;
      CPY_VM_CHECK(slice_indices(vm, index, len, &start, &stop, &step, &count));
      *out = CPY_VM_TRY(new_range(vm, r->start + start * r->step, r->start + stop * r->step, r->step * step));
      return Status::kOk;
    }
    size_t i;
    CPY_VM_CHECK(seq_index(vm, index, size_t(len), "range object", &i));
    *out = Value::small_int(r->start + intptr_t(i) * r->step);
    return Status::kOk;
  }
  if (k == Kind::kBytes || k == Kind::kBytearray) {
    std::string_view b = bytes_view(vm, seq);
    if (is_obj_of(index, vm.t_slice)) {
      intptr_t start, stop, step, count;
      CPY_VM_CHECK(slice_indices(vm, index, intptr_t(b.size()), &start, &stop, &step, &count));
      Buf buf(vm);
      for (intptr_t i = 0, at = start; i < count; ++i, at += step) buf.add_char(b[size_t(at)]);
      *out = CPY_VM_TRY(buf.finish(true));
      if (k == Kind::kBytearray) {
        Value arg = *out;
        return call1(vm, Value::object(vm.t_bytearray), arg, out);
      }
      return Status::kOk;
    }
    size_t i;
    CPY_VM_CHECK(seq_index(vm, index, b.size(), k == Kind::kBytes ? "index" : "bytearray", &i));
    *out = Value::small_int(static_cast<unsigned char>(b[i]));
    return Status::kOk;
  }
  Value* items = nullptr;
  size_t n = 0;
  seq_items(vm, seq, &items, &n);
  const char* what = k == Kind::kTuple ? "tuple" : "list";
  if (is_obj_of(index, vm.t_slice)) {
    intptr_t start, stop, step, count;
    CPY_VM_CHECK(slice_indices(vm, index, intptr_t(n), &start, &stop, &step, &count));
    Value result = k == Kind::kTuple ? new_tuple(vm, size_t(count)) : new_list(vm, size_t(count));
    if (result.is_null()) return Status::kRaised;
    seq_items(vm, seq, &items, &n);  // a list's items may have moved during allocation? no, but be safe
    Value* dst;
    size_t dn;
    seq_items(vm, result, &dst, &dn);
    for (intptr_t i = 0, at = start; i < count; ++i, at += step) dst[i] = items[at];
    *out = result;
    return Status::kOk;
  }
  size_t i;
  CPY_VM_CHECK(seq_index(vm, index, n, what, &i));
  *out = items[i];
  return Status::kOk;
}

Status list_store_subscr(Vm& vm, Value list, Value index, Value value) {
  if (kind_of(vm, list) == Kind::kBytearray) return bytearray_store_subscr(vm, list, index, value);
  List* l = list.as<List>();
  if (is_obj_of(index, vm.t_slice)) {
    intptr_t start, stop, step, count;
    CPY_VM_CHECK(slice_indices(vm, index, intptr_t(l->size), &start, &stop, &step, &count));
    if (value.is_null()) {
      // Delete the selected items, keeping the rest in order.
      size_t w = 0;
      for (size_t r = 0; r < l->size; ++r) {
        bool selected = false;
        if (step > 0)
          selected = intptr_t(r) >= start && intptr_t(r) < stop && (intptr_t(r) - start) % step == 0;
        else
          selected = intptr_t(r) <= start && intptr_t(r) > stop && (start - intptr_t(r)) % -step == 0;
        if (!selected) l->items[w++] = l->items[r];
      }
      l->size = w;
      return Status::kOk;
    }
    Value src;
    if (list_from_iter(vm, value, &src) == Status::kRaised) {
      if (!pending_is(vm, Exc::TypeError)) return Status::kRaised;
      vm.pending = Value::null();
      return raise(vm, Exc::TypeError, "can only assign an iterable");
    }
    List* s = src.as<List>();
    if (step != 1) {
      if (intptr_t(s->size) != count) {
        return raise(vm, Exc::ValueError, "attempt to assign sequence of size %d to extended slice of size %d",
                     int(s->size), int(count));
      }
      for (intptr_t i = 0, at = start; i < count; ++i, at += step) l->items[at] = s->items[i];
      return Status::kOk;
    }
    if (stop < start) stop = start;
    size_t new_size = l->size - size_t(stop - start) + s->size;
    if (!list_reserve(vm, l, new_size)) return Status::kRaised;
    std::memmove(l->items + start + s->size, l->items + stop, (l->size - size_t(stop)) * sizeof(Value));
    std::memcpy(l->items + start, s->items, s->size * sizeof(Value));
    l->size = new_size;
    return Status::kOk;
  }
  size_t i;
  CPY_VM_CHECK(seq_index(vm, index, l->size, "list", &i));
  if (value.is_null()) {
    std::memmove(l->items + i, l->items + i + 1, (l->size - i - 1) * sizeof(Value));
    --l->size;
    return Status::kOk;
  }
  l->items[i] = value;
  return Status::kOk;
}

Status seq_binary_op(Vm& vm, int op, Value a, Value b, Value* out) {
  *out = Value::not_implemented();
  Kind ka = kind_of(vm, a);
  if (op == kMul) {
    if (!is_index_like(vm, b)) return Status::kOk;
    intptr_t n;
    CPY_VM_CHECK(get_int(vm, b, &n));
    if (n < 0) n = 0;
    Value* items;
    size_t len;
    seq_items(vm, a, &items, &len);
    if (len && size_t(n) > SIZE_MAX / sizeof(Value) / len) {
      set_memory_error(vm);
      return Status::kRaised;
    }
    size_t total = len * size_t(n);
    Value r = ka == Kind::kTuple ? new_tuple(vm, total) : new_list(vm, total);
    if (r.is_null()) return Status::kRaised;
    seq_items(vm, a, &items, &len);
    Value* dst;
    size_t dn;
    seq_items(vm, r, &dst, &dn);
    for (intptr_t k = 0; k < n; ++k) std::memcpy(dst + size_t(k) * len, items, len * sizeof(Value));
    *out = r;
    return Status::kOk;
  }
  if (kind_of(vm, b) != ka) return Status::kOk;
  Value *x, *y;
  size_t nx, ny;
  seq_items(vm, a, &x, &nx);
  seq_items(vm, b, &y, &ny);
  if (op == kAdd) {
    Value r = ka == Kind::kTuple ? new_tuple(vm, nx + ny) : new_list(vm, nx + ny);
    if (r.is_null()) return Status::kRaised;
    seq_items(vm, a, &x, &nx);
    seq_items(vm, b, &y, &ny);
    Value* dst;
    size_t dn;
    seq_items(vm, r, &dst, &dn);
    if (nx) std::memcpy(dst, x, nx * sizeof(Value));
    if (ny) std::memcpy(dst + nx, y, ny * sizeof(Value));
    *out = r;
    return Status::kOk;
  }
  if (op > kGe) return Status::kOk;
  // Lexicographic comparison. An item's __eq__ may change either list: the
  // items and lengths are read again after it, as CPython does.
  for (size_t i = 0; i < nx && i < ny; ++i) {
    if (x[i] == y[i]) continue;
    bool same = false;
    CPY_VM_CHECK(equal(vm, x[i], y[i], &same));
    seq_items(vm, a, &x, &nx);
    seq_items(vm, b, &y, &ny);
    if (i >= nx || i >= ny) break;
    if (!same) {
      if (op == kEq || op == kNe) {
        *out = Value::boolean(op == kNe);
        return Status::kOk;
      }
      return binary_op(vm, op, x[i], y[i], out);
    }
  }
  switch (op) {
    case kLt:
      *out = Value::boolean(nx < ny);
      break;
    case kGt:
      *out = Value::boolean(nx > ny);
      break;
    case kLe:
      *out = Value::boolean(nx <= ny);
      break;
    case kGe:
      *out = Value::boolean(nx >= ny);
      break;
    case kEq:
      *out = Value::boolean(nx == ny);
      break;
    case kNe:
      *out = Value::boolean(nx != ny);
      break;
  }
  return Status::kOk;
}

namespace {

// Stable merge sort of vals, comparing keys[i] when there are keys, else
// key_fn(vals[i]) when there is a key function (computed again for each
// comparison: the way to sort when the keys do not fit in memory), else
// the values. tv (and tk, with keys) are work space of [room] values: a merge
// whose left run fits there copies it out and merges back; a longer one is
// split by rotations until its parts fit (no work space at all is needed,
// only more moves), so a sort runs in whatever memory is left.
struct SortRun {
  Value* keys;
  Value* vals;
  Value* tk;
  Value* tv;
  size_t room;
  Value key_fn;
  bool reverse;
};

Status sort_key(Vm& vm, const SortRun& r, size_t i, Value* out) {
  if (r.keys) {
    *out = r.keys[i];
    return Status::kOk;
  }
  if (r.key_fn.is_null()) {
    *out = r.vals[i];
    return Status::kOk;
  }
  return call1(vm, r.key_fn, r.vals[i], out);
}

// Whether key [a] goes strictly before key [b]. For reverse order that is
// when a is greater, which keeps equal items in their original order as
// CPython does.
Status sorts_before(Vm& vm, const SortRun& r, Value a, Value b, bool* out) {
  return r.reverse ? less_than(vm, b, a, out) : less_than(vm, a, b, out);
}

Status merge_buffered(Vm& vm, const SortRun& r, size_t lo, size_t mid, size_t end) {
  // The left run moves to the work space and merges back with the right
  // run in place: the write position never passes the right run's reader.
  // Should a comparison raise, the rest of the left run is copied back, so
  // the list keeps all its items.
  size_t n_left = mid - lo;
  std::memcpy(r.tv, r.vals + lo, n_left * sizeof(Value));
  if (r.keys) std::memcpy(r.tk, r.keys + lo, n_left * sizeof(Value));
  SortRun left = r;
  left.vals = r.tv;
  left.keys = r.keys ? r.tk : nullptr;
  size_t i = 0, j = mid, k = lo;
  Status st = Status::kOk;
  while (i < n_left && j < end) {
    Value ki, kj;
    bool take_right = false;
    st = sort_key(vm, left, i, &ki);
    if (st == Status::kOk) st = sort_key(vm, r, j, &kj);
    if (st == Status::kOk) st = sorts_before(vm, r, kj, ki, &take_right);
    if (st != Status::kOk) break;
    if (take_right) {
      if (r.keys) r.keys[k] = r.keys[j];
      r.vals[k++] = r.vals[j++];
    } else {
      if (r.keys) r.keys[k] = r.tk[i];
      r.vals[k++] = r.tv[i++];
    }
  }
  for (; i < n_left; ++i, ++k) {
    if (r.keys) r.keys[k] = r.tk[i];
    r.vals[k] = r.tv[i];
  }
  return st;
}

void reverse_values(Value* v, size_t lo, size_t end) {
  while (lo + 1 < end) {
    Value t = v[lo];
    v[lo++] = v[--end];
    v[end] = t;
  }
}

// [lo, mid) and [mid, end) change places.
void rotate(const SortRun& r, size_t lo, size_t mid, size_t end) {
  for (Value* v : {r.vals, r.keys}) {
    if (!v) continue;
    reverse_values(v, lo, mid);
    reverse_values(v, mid, end);
    reverse_values(v, lo, end);
  }
}

// The first position in [lo, end) whose key does not go before [key]
// (lower bound), or with [upper] the first whose key goes after it.
Status bound(Vm& vm, const SortRun& r, size_t lo, size_t end, Value key, bool upper, size_t* out) {
  while (lo < end) {
    size_t m = lo + (end - lo) / 2;
    Value km;
    CPY_VM_CHECK(sort_key(vm, r, m, &km));
    bool go_right = false;
    if (upper) {
      bool after = false;
      CPY_VM_CHECK(sorts_before(vm, r, key, km, &after));
      go_right = !after;
    } else {
      CPY_VM_CHECK(sorts_before(vm, r, km, key, &go_right));
    }
    if (go_right) {
      lo = m + 1;
    } else {
      end = m;
    }
  }
  *out = lo;
  return Status::kOk;
}

Status merge(Vm& vm, const SortRun& r, size_t lo, size_t mid, size_t end) {
  if (lo == mid || mid == end) return Status::kOk;
  if (mid - lo <= r.room) return merge_buffered(vm, r, lo, mid, end);
  if (mid - lo == 1 && end - mid == 1) {
    // Two items: the split below would leave this same problem.
    Value a, b;
    bool swap = false;
    CPY_VM_CHECK(sort_key(vm, r, lo, &a));
    CPY_VM_CHECK(sort_key(vm, r, mid, &b));
    CPY_VM_CHECK(sorts_before(vm, r, b, a, &swap));
    if (swap) rotate(r, lo, mid, end);
    return Status::kOk;
  }
  // Split the longer run in half, find where its middle item falls in the
  // other run, rotate so that both halves' parts meet, and merge the two
  // smaller problems. Only rotations move items: an exception leaves every
  // item in the list.
  size_t cut1, cut2;
  Value pivot;
  if (mid - lo > end - mid) {
    cut1 = lo + (mid - lo) / 2;
    CPY_VM_CHECK(sort_key(vm, r, cut1, &pivot));
    CPY_VM_CHECK(bound(vm, r, mid, end, pivot, false, &cut2));
  } else {
    cut2 = mid + (end - mid) / 2;
    CPY_VM_CHECK(sort_key(vm, r, cut2, &pivot));
    CPY_VM_CHECK(bound(vm, r, lo, mid, pivot, true, &cut1));
  }
  rotate(r, cut1, mid, cut2);
  size_t new_mid = cut1 + (cut2 - mid);
  CPY_VM_CHECK(merge(vm, r, lo, cut1, new_mid));
  return merge(vm, r, new_mid, cut2, end);
}

Status merge_sort(Vm& vm, const SortRun& r, size_t lo, size_t n) {
  if (n < 2) return Status::kOk;
  size_t mid = n / 2;
  CPY_VM_CHECK(merge_sort(vm, r, lo, mid));
  CPY_VM_CHECK(merge_sort(vm, r, lo + mid, n - mid));
  return merge(vm, r, lo, lo + mid, lo + n);
}

// Heap memory that is private to one sort: given back as soon as it ends.
Value* sort_scratch(Vm& vm, size_t count) {
  if (count == 0 || count > SIZE_MAX / sizeof(Value)) return nullptr;
  return static_cast<Value*>(vm.heap.allocate_may_collect(count * sizeof(Value)));
}

}  // namespace

Status sort_values(Vm& vm, Value* items, size_t n, Value key, bool reverse) {
  if (n < 2) return Status::kOk;
  SortRun r{nullptr, items, nullptr, nullptr, 0, key.is_none() ? Value::null() : key, reverse};
  if (!r.key_fn.is_null()) {
    // Each key computed once, as CPython does, when the keys fit in the
    // heap; else computed for each comparison, as MicroPython always does.
    Value* keys = sort_scratch(vm, n);
    Status st = Status::kOk;
    for (size_t i = 0; keys && i < n && st == Status::kOk; ++i) st = call1(vm, r.key_fn, items[i], &keys[i]);
    if (st == Status::kRaised) {
      vm.heap.free(keys);
      keys = nullptr;
      if (!pending_is(vm, Exc::MemoryError)) return Status::kRaised;
      vm.pending = Value::null();
    }
    r.keys = keys;
  }
  // Work space: half the items when that fits, less when not (down to none).
  size_t per = r.keys ? 2 : 1;
  for (size_t want = n / 2; want && !r.tv; want = want >= 64 ? want / 4 : 0) {
    r.tv = sort_scratch(vm, want * per);
    if (r.tv) r.room = want;
  }
  if (r.keys && r.tv) r.tk = r.tv + r.room;
  Status st = merge_sort(vm, r, 0, n);
  vm.heap.free(r.keys);
  vm.heap.free(r.tv);
  return st;
}

namespace {

Status l_append(Vm& vm, const Args& args, Value* out) {
  *out = Value::none();
  return list_append(vm, args[0], args[1]);
}

Status l_extend(Vm& vm, const Args& args, Value* out) {
  Value src;
  CPY_VM_CHECK(list_from_iter(vm, args[1], &src));
  List* l = args[0].as<List>();
  List* s = src.as<List>();
  if (!list_reserve(vm, l, l->size + s->size)) return Status::kRaised;
  std::memcpy(l->items + l->size, s->items, s->size * sizeof(Value));
  l->size += s->size;
  *out = Value::none();
  return Status::kOk;
}

Status l_insert(Vm& vm, const Args& args, Value* out) {
  List* l = args[0].as<List>();
  intptr_t i;
  CPY_VM_CHECK(get_int(vm, args[1], &i));
  if (i < 0) i += intptr_t(l->size);
  if (i < 0) i = 0;
  if (size_t(i) > l->size) i = intptr_t(l->size);
  if (!list_reserve(vm, l, l->size + 1)) return Status::kRaised;
  std::memmove(l->items + i + 1, l->items + i, (l->size - size_t(i)) * sizeof(Value));
  l->items[i] = args[2];
  ++l->size;
  *out = Value::none();
  return Status::kOk;
}

Status l_pop(Vm& vm, const Args& args, Value* out) {
  List* l = args[0].as<List>();
  if (l->size == 0) return raise(vm, Exc::IndexError, "pop from empty list");
  size_t i = l->size - 1;
  if (args.n > 1) CPY_VM_CHECK(seq_index(vm, args[1], l->size, "pop", &i));
  *out = l->items[i];
  std::memmove(l->items + i, l->items + i + 1, (l->size - i - 1) * sizeof(Value));
  --l->size;
  return Status::kOk;
}

Status find_item(Vm& vm, Value seq, Value x, size_t from, size_t to, size_t* at) {
  Value* items = nullptr;
  size_t n = 0;
  seq_items(vm, seq, &items, &n);
  for (size_t i = from; i < n && i < to; ++i) {
    bool same = items[i] == x;
    if (!same) CPY_VM_CHECK(equal(vm, items[i], x, &same));
    seq_items(vm, seq, &items, &n);
    if (same) {
      *at = i;
      return Status::kOk;
    }
  }
  *at = SIZE_MAX;
  return Status::kOk;
}

Status l_remove(Vm& vm, const Args& args, Value* out) {
  size_t at;
  CPY_VM_CHECK(find_item(vm, args[0], args[1], 0, SIZE_MAX, &at));
  if (at == SIZE_MAX) return raise(vm, Exc::ValueError, "list.remove(x): x not in list");
  List* l = args[0].as<List>();
  std::memmove(l->items + at, l->items + at + 1, (l->size - at - 1) * sizeof(Value));
  --l->size;
  *out = Value::none();
  return Status::kOk;
}

Status s_index(Vm& vm, const Args& args, Value* out) {
  Value* items = nullptr;
  size_t n = 0;
  seq_items(vm, args[0], &items, &n);
  intptr_t from = 0, to = intptr_t(n);
  if (args.n > 2) CPY_VM_CHECK(get_int(vm, args[2], &from));
  if (args.n > 3) CPY_VM_CHECK(get_int(vm, args[3], &to));
  if (from < 0) from = from + intptr_t(n) < 0 ? 0 : from + intptr_t(n);
  if (to < 0) to = to + intptr_t(n) < 0 ? 0 : to + intptr_t(n);
  size_t at;
  CPY_VM_CHECK(find_item(vm, args[0], args[1], size_t(from), size_t(to), &at));
  if (at == SIZE_MAX) {
    if (is_obj_of(args[0], vm.t_tuple)) return raise(vm, Exc::ValueError, "tuple.index(x): x not in tuple");
    return raise(vm, Exc::ValueError, "%R is not in list", args[1]);
  }
  *out = Value::small_int(intptr_t(at));
  return Status::kOk;
}

Status s_count(Vm& vm, const Args& args, Value* out) {
  Value* items = nullptr;
  size_t n = 0;
  seq_items(vm, args[0], &items, &n);
  intptr_t c = 0;
  for (size_t i = 0; i < n; ++i) {
    bool same = items[i] == args[1];
    if (!same) CPY_VM_CHECK(equal(vm, items[i], args[1], &same));
    seq_items(vm, args[0], &items, &n);
    c += same;
  }
  *out = Value::small_int(c);
  return Status::kOk;
}

Status l_clear(Vm&, const Args& args, Value* out) {
  args[0].as<List>()->size = 0;
  *out = Value::none();
  return Status::kOk;
}

Status l_copy(Vm& vm, const Args& args, Value* out) {
  List* l = args[0].as<List>();
  *out = CPY_VM_TRY(new_list(vm, l->size, l->items));
  return Status::kOk;
}

Status l_reverse(Vm&, const Args& args, Value* out) {
  List* l = args[0].as<List>();
  for (size_t i = 0; i < l->size / 2; ++i) {
    Value t = l->items[i];
    l->items[i] = l->items[l->size - 1 - i];
    l->items[l->size - 1 - i] = t;
  }
  *out = Value::none();
  return Status::kOk;
}

Status l_sort(Vm& vm, const Args& args, Value* out) {
  if (args.n > 1) return raise(vm, Exc::TypeError, "sort() takes no positional arguments");
  Value key = kw_arg(args, vm.q.key, Value::none());
  bool reverse = false;
  CPY_VM_CHECK(truthy(vm, kw_arg(args, vm.q.reverse, Value::false_value()), &reverse));
  // In place. As in CPython, the list looks empty while it is sorted, so a
  // key function or comparison that changes it cannot disturb the sort;
  // what it did is dropped afterwards, and is a ValueError.
  List* l = args[0].as<List>();
  Value* items = l->items;
  size_t size = l->size, capacity = l->capacity;
  l->items = nullptr;
  l->size = l->capacity = 0;
  Status st = sort_values(vm, items, size, key, reverse);
  bool modified = l->items || l->size;
  l->items = items;
  l->size = size;
  l->capacity = capacity;
  CPY_VM_CHECK(st);
  if (modified) return raise(vm, Exc::ValueError, "list modified during sort");
  *out = Value::none();
  return Status::kOk;
}

Status list_make(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(check_no_kw(vm, args, "list"));
  if (args.n > 1) return raise(vm, Exc::TypeError, "list expected at most 1 argument, got %d", int(args.n));
  if (args.n == 0) {
    *out = CPY_VM_TRY(new_list(vm, 0));
    return Status::kOk;
  }
  return list_from_iter(vm, args[0], out);
}

Status tuple_make(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(check_no_kw(vm, args, "tuple"));
  if (args.n > 1) return raise(vm, Exc::TypeError, "tuple expected at most 1 argument, got %d", int(args.n));
  if (args.n == 0) {
    *out = vm.empty_tuple;
    return Status::kOk;
  }
  return tuple_from_iter(vm, args[0], out);
}

}  // namespace

constexpr MethodDef kListMethods[] = {
    method_def("append", &l_append, 2, 2),   method_def("extend", &l_extend, 2, 2),
    method_def("insert", &l_insert, 3, 3),   method_def("pop", &l_pop, 1, 2),
    method_def("remove", &l_remove, 2, 2),   method_def("index", &s_index, 2, 4),
    method_def("count", &s_count, 2, 2),     method_def("clear", &l_clear, 1, 1),
    method_def("copy", &l_copy, 1, 1),       method_def("reverse", &l_reverse, 1, 1),
    method_def("sort", &l_sort, 1, 1, true), method_def("__init__", &builtin_init, 1, 2),
};

constexpr MethodDef kTupleMethods[] = {
    method_def("index", &s_index, 2, 4),
    method_def("count", &s_count, 2, 2),
};

bool init_seq(Vm& vm) {
  vm.t_list->make = &list_make;
  vm.t_tuple->make = &tuple_make;
  set_methods(vm.t_list, kListMethods);
  set_methods(vm.t_tuple, kTupleMethods);
  return true;
}

}  // namespace cpy::vm
