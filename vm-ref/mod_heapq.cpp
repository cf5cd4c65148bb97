// The heapq module: heappush, heappop, heapify, heapreplace, heappushpop,
// nsmallest, nlargest (min-heaps over lists, compared with <).
#include "runtime.h"

namespace cpy::vm {

namespace {

Status check_list(Vm& vm, Value v) {
  if (kind_of(vm, v) != Kind::kList) return raise(vm, Exc::TypeError, "heap must be a list");
  return Status::kOk;
}

/// Moves the item at [pos] up towards [start] (CPython's _siftdown).
Status sift_down(Vm& vm, Value heap, size_t start, size_t pos) {
  Value item = heap.as<List>()->items[pos];
  while (pos > start) {
    size_t parent = (pos - 1) / 2;
    Value p = heap.as<List>()->items[parent];
    bool lt;
    CPY_VM_CHECK(less_than(vm, item, p, &lt));
    if (!lt) break;
    heap.as<List>()->items[pos] = p;
    pos = parent;
  }
  heap.as<List>()->items[pos] = item;
  return Status::kOk;
}

/// CPython's _siftup: moves the smaller child up until a leaf, then sifts down.
Status sift_up(Vm& vm, Value heap, size_t pos) {
  size_t end = heap.as<List>()->size;
  size_t start = pos;
  Value item = heap.as<List>()->items[pos];
  size_t child = 2 * pos + 1;
  while (child < end) {
    size_t right = child + 1;
    if (right < end) {
      bool lt;
      CPY_VM_CHECK(less_than(vm, heap.as<List>()->items[child], heap.as<List>()->items[right], &lt));
      if (!lt) child = right;
    }
    heap.as<List>()->items[pos] = heap.as<List>()->items[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap.as<List>()->items[pos] = item;
  return sift_down(vm, heap, start, pos);
}

Status h_push(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(check_list(vm, args[0]));
  CPY_VM_CHECK(list_append(vm, args[0], args[1]));
  *out = Value::none();
  return sift_down(vm, args[0], 0, args[0].as<List>()->size - 1);
}

Status h_pop(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(check_list(vm, args[0]));
  List* l = args[0].as<List>();
  if (l->size == 0) return raise(vm, Exc::IndexError, "index out of range");
  Value last = l->items[--l->size];
  l->items[l->size] = Value::null();
  if (l->size == 0) {
    *out = last;
    return Status::kOk;
  }
  *out = l->items[0];
  l->items[0] = last;
  return sift_up(vm, args[0], 0);
}

Status h_replace(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(check_list(vm, args[0]));
  List* l = args[0].as<List>();
  if (l->size == 0) return raise(vm, Exc::IndexError, "index out of range");
  *out = l->items[0];
  l->items[0] = args[1];
  return sift_up(vm, args[0], 0);
}

Status h_pushpop(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(check_list(vm, args[0]));
  List* l = args[0].as<List>();
  *out = args[1];
  if (l->size == 0) return Status::kOk;
  bool lt;
  CPY_VM_CHECK(less_than(vm, l->items[0], args[1], &lt));
  if (!lt) return Status::kOk;
  *out = l->items[0];
  l->items[0] = args[1];
  return sift_up(vm, args[0], 0);
}

Status h_heapify(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(check_list(vm, args[0]));
  size_t n = args[0].as<List>()->size;
  for (size_t i = n / 2; i-- > 0;) CPY_VM_CHECK(sift_up(vm, args[0], i));
  *out = Value::none();
  return Status::kOk;
}

/// nsmallest / nlargest: a stable sort (with key) and the first n.
Status n_best(Vm& vm, const Args& args, bool largest, Value* out) {
  intptr_t n;
  CPY_VM_CHECK(get_int(vm, args[0], &n));
  Value list;
  CPY_VM_CHECK(list_from_iter(vm, args[1], &list));
  Value key = kw_named(vm, args, "key", Value::none());
  List* l = list.as<List>();
  CPY_VM_CHECK(sort_values(vm, l->items, l->size, key.is_none() ? Value::null() : key, largest));
  if (n < 0) n = 0;
  if (size_t(n) < l->size) list.as<List>()->size = size_t(n);
  *out = list;
  return Status::kOk;
}
Status h_nsmallest(Vm& vm, const Args& a, Value* o) { return n_best(vm, a, false, o); }
Status h_nlargest(Vm& vm, const Args& a, Value* o) { return n_best(vm, a, true, o); }

constexpr MethodDef kModuleFns[] = {
    method_def("heappush", &h_push, 2, 2),
    method_def("heappop", &h_pop, 1, 1),
    method_def("heapify", &h_heapify, 1, 1),
    method_def("heapreplace", &h_replace, 2, 2),
    method_def("heappushpop", &h_pushpop, 2, 2),
    method_def("nsmallest", &h_nsmallest, 2, 2, true),
    method_def("nlargest", &h_nlargest, 2, 2, true),
};

}  // namespace

const ModuleDef kModule_heapq = module_def(kModuleFns);

}  // namespace cpy::vm
