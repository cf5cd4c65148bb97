// The array module: array.array, a growable sequence of one C number type,
// and the item codes memoryview shares (buffer.h).
//
// Methods are those CPython and CircuitPython both have (append, extend)
// plus the sequence protocol as CPython defines it: indexing, slices (read,
// assign, delete), +, +=, *, comparisons, `in`, iteration, repr. Arrays are
// bytes-like (buffer_of), so bytes(), memoryview, struct, hashlib and file
// writes take them.
#include <cmath>
#include <cstring>

#include "buffer.h"

namespace cpy::vm {

namespace {

struct ItemCode {
  char code;
  uint8_t size;
  bool is_signed;
  bool is_float;
  const char* name;  ///< how CPython's range errors name the C type
};

// 'l' follows the C long of the target, as CPython's does.
constexpr ItemCode kCodes[] = {
    {'b', 1, true, false, "signed char"},
    {'B', 1, false, false, "unsigned byte integer"},
    {'h', 2, true, false, "signed short integer"},
    {'H', 2, false, false, "unsigned short"},
    {'i', 4, true, false, "signed integer"},
    {'I', 4, false, false, "unsigned int"},
    {'l', sizeof(long), true, false, nullptr},
    {'L', sizeof(long), false, false, nullptr},
    {'q', 8, true, false, nullptr},
    {'Q', 8, false, false, nullptr},
    {'f', 4, true, true, nullptr},
    {'d', 8, true, true, nullptr},
};

const ItemCode* find_code(char code) {
  for (const ItemCode& c : kCodes) {
    if (c.code == code) return &c;
  }
  return nullptr;
}

// The range error CPython's array raises for an int that does not fit [c]:
// its converters go through C long first, so the message depends on the
// stage that failed.
Status range_error(Vm& vm, const ItemCode& c, bool neg, bool fits_long, bool fits_ulong) {
  const char* long_msg = "Python int too large to convert to C long";
  const char* ulong_msg = "Python int too large to convert to C unsigned long";
  const char* msg = nullptr;
  switch (c.code) {
    case 'I':
      msg = neg ? "can't convert negative value to unsigned int" : fits_ulong ? nullptr : ulong_msg;
      break;
    case 'l':
      msg = long_msg;
      break;
    case 'L':
      msg = neg ? "can't convert negative value to unsigned int" : ulong_msg;
      break;
    case 'q':
      msg = "int too big to convert";
      break;
    case 'Q':
      msg = neg ? "can't convert negative int to unsigned" : "int too big to convert";
      break;
    default:
      msg = fits_long ? nullptr : long_msg;
  }
  if (msg) return raise(vm, Exc::OverflowError, "%s", msg);
  return raise(vm, Exc::OverflowError, "%s is %s", c.name, neg ? "less than minimum" : "greater than maximum");
}

// ---- array objects ----

ArrayObj* ar_self(Vm& vm, Value v) {
  ArrayObj* a = native_self<ArrayObj>(vm, v, kArrayTag);
  if (!a) (void)raise(vm, Exc::TypeError, "not an array");
  return a;
}

ArrayObj* ar_other(Vm& vm, Value v) { return native_self<ArrayObj>(vm, v, kArrayTag); }

// array.array itself for a subclass's instance: slices, sums and repeats
// are plain arrays, as in CPython. The class is the last before object.
Type* ar_base(ArrayObj* a) {
  MroWalk walk(a->type);
  Type *before = nullptr, *last = nullptr;
  while (Type* t = walk.next()) before = last, last = t;
  return before;
}

Value ar_alloc(Vm& vm, Type* type, char code) {
  auto* a = new_native_obj<ArrayObj>(vm, type, kArrayTag);
  if (!a) return Value::null();
  a->code = code;
  return Value::object(a);
}

// Room for [n] more items.
Status ar_reserve(Vm& vm, Value self, size_t n) {
  ArrayObj* a = self.as<ArrayObj>();
  if (a->len + n <= a->capacity) return Status::kOk;
  // Grows by half: on a small heap the old and new blocks must fit together.
  size_t cap = a->capacity + a->capacity / 2 + 4;
  if (cap < a->len + n) cap = a->len + n;
  size_t isz = item_size(a->code);
  auto* items = static_cast<uint8_t*>(alloc_raw(vm, cap * isz));
  if (!items) return Status::kRaised;
  a = self.as<ArrayObj>();
  if (a->len) std::memcpy(items, a->items, a->len * isz);
  a->items = items;
  a->capacity = cap;
  return Status::kOk;
}

Status ar_append_value(Vm& vm, Value self, Value v) {
  ArrayObj* a = self.as<ArrayObj>();
  size_t isz = item_size(a->code);
  // Converted first, so that a bad value leaves the array as it was.
  uint8_t tmp[8];
  CPY_VM_CHECK(item_store(vm, a->code, tmp, v, false));
  CPY_VM_CHECK(ar_reserve(vm, self, 1));
  a = self.as<ArrayObj>();
  std::memcpy(a->items + a->len * isz, tmp, isz);
  ++a->len;
  return Status::kOk;
}

Status ar_append_bytes(Vm& vm, Value self, const uint8_t* data, size_t n_items) {
  CPY_VM_CHECK(ar_reserve(vm, self, n_items));
  ArrayObj* a = self.as<ArrayObj>();
  size_t isz = item_size(a->code);
  if (n_items) std::memmove(a->items + a->len * isz, data, n_items * isz);
  a->len += n_items;
  return Status::kOk;
}

// Appends the items of [src]: an array of the same code is copied, any
// other iterable converted item by item.
Status ar_extend_from(Vm& vm, Value self, Value src) {
  if (ArrayObj* o = ar_other(vm, src)) {
    if (o->code != self.as<ArrayObj>()->code) return raise(vm, Exc::TypeError, "can only extend with array of same kind");
    return ar_append_bytes(vm, self, o->items, o->len);
  }
  Kind k = kind_of(vm, src);
  if (k == Kind::kList || k == Kind::kTuple || k == Kind::kRange) {
    // One block of the final size rather than a trail of doubled ones.
    size_t n;
    CPY_VM_CHECK(length(vm, src, &n));
    CPY_VM_CHECK(ar_reserve(vm, self, n));
  }
  Value it;
  CPY_VM_CHECK(get_iter(vm, src, &it));
  for (;;) {
    Value item;
    CPY_VM_CHECK(iter_next(vm, it, &item));
    if (item.is_null()) return Status::kOk;
    CPY_VM_CHECK(ar_append_value(vm, self, item));
  }
}

Status ar_new(Vm& vm, const Args& args, Value* out) {
  if (args.n_kw) return raise(vm, Exc::TypeError, "array.array() takes no keyword arguments");
  if (args.n < 2 || args.n > 3) return raise(vm, Exc::TypeError, "array() takes 1 or 2 arguments");
  Value tc = args[1];
  char name[2] = {0, 0};
  if (!is_str(vm, tc) || utf8_count(str_view(vm, tc)) != 1) {
    return raise(vm, Exc::TypeError, "array() argument 1 must be a unicode character, not %T", tc);
  }
  char code = name[0] = str_view(vm, tc)[0];
  if (!find_code(code)) {
    return raise(vm, Exc::ValueError, "bad typecode (must be b, B, h, H, i, I, l, L, q, Q, f or d)");
  }
  Value self = CPY_VM_TRY(ar_alloc(vm, args[0].as<Type>(), code));
  if (args.n == 3) {
    Value init = args[2];
    if (is_str(vm, init)) {
      return raise(vm, Exc::TypeError, "cannot use a str to initialize an array with typecode '%s'", name);
    }
    if (is_bytes(vm, init)) {
      std::string_view d = bytes_view(vm, init);
      size_t isz = item_size(code);
      if (d.size() % isz) return raise(vm, Exc::ValueError, "bytes length not a multiple of item size");
      CPY_VM_CHECK(ar_append_bytes(vm, self, reinterpret_cast<const uint8_t*>(d.data()), d.size() / isz));
    } else if (ArrayObj* o = ar_other(vm, init); o && o->code != code) {
      // Another kind of array converts item by item, as any iterable.
      for (size_t i = 0; i < init.as<ArrayObj>()->len; ++i) {
        Value v;
        o = init.as<ArrayObj>();
        CPY_VM_CHECK(item_load(vm, o->code, o->items + i * item_size(o->code), &v));
        CPY_VM_CHECK(ar_append_value(vm, self, v));
      }
    } else {
      CPY_VM_CHECK(ar_extend_from(vm, self, init));
    }
  }
  *out = self;
  return Status::kOk;
}

Status ar_len(Vm& vm, const Args& args, Value* out) {
  ArrayObj* a = ar_self(vm, args[0]);
  if (!a) return Status::kRaised;
  *out = Value::small_int(intptr_t(a->len));
  return Status::kOk;
}

// An item index, or a slice resolved against the length ([*is_slice]).
Status ar_key(Vm& vm, Value key, size_t len, bool store, intptr_t* start, intptr_t* step, intptr_t* count,
              bool* is_slice) {
  *is_slice = is_obj_of(key, vm.t_slice);
  if (*is_slice) {
    intptr_t stop;
    return slice_indices(vm, key, intptr_t(len), start, &stop, step, count);
  }
  if (!is_int(vm, key) && kind_of(vm, key) != Kind::kInstance) {
    return raise(vm, Exc::TypeError, "array indices must be integers");
  }
  intptr_t i;
  CPY_VM_CHECK(get_int(vm, key, &i));
  if (i < 0) i += intptr_t(len);
  if (i < 0 || size_t(i) >= len) {
    return raise(vm, Exc::IndexError, store ? "array assignment index out of range" : "array index out of range");
  }
  *start = i;
  return Status::kOk;
}

Status ar_getitem(Vm& vm, const Args& args, Value* out) {
  ArrayObj* a = ar_self(vm, args[0]);
  if (!a) return Status::kRaised;
  intptr_t start, step, count;
  bool is_slice;
  CPY_VM_CHECK(ar_key(vm, args[1], a->len, false, &start, &step, &count, &is_slice));
  a = args[0].as<ArrayObj>();
  size_t isz = item_size(a->code);
  if (!is_slice) return item_load(vm, a->code, a->items + size_t(start) * isz, out);
  Value r = CPY_VM_TRY(ar_alloc(vm, ar_base(a), a->code));
  CPY_VM_CHECK(ar_reserve(vm, r, size_t(count)));
  a = args[0].as<ArrayObj>();
  ArrayObj* ra = r.as<ArrayObj>();
  for (intptr_t k = 0; k < count; ++k) std::memcpy(ra->items + size_t(k) * isz, a->items + size_t(start + k * step) * isz, isz);
  ra->len = size_t(count);
  *out = r;
  return Status::kOk;
}

// Removes the [count] items start, start+step, ... (step may be negative).
void ar_remove(ArrayObj* a, intptr_t start, intptr_t step, intptr_t count) {
  if (count <= 0) return;
  if (step < 0) {
    start += (count - 1) * step;
    step = -step;
  }
  size_t isz = item_size(a->code);
  size_t w = size_t(start);
  for (size_t r = size_t(start); r < a->len; ++r) {
    bool removed = (intptr_t(r) - start) % step == 0 && (intptr_t(r) - start) / step < count;
    if (!removed) std::memmove(a->items + w++ * isz, a->items + r * isz, isz);
  }
  a->len = w;
}

Status ar_setitem(Vm& vm, const Args& args, Value* out) {
  ArrayObj* a = ar_self(vm, args[0]);
  if (!a) return Status::kRaised;
  *out = Value::none();
  intptr_t start, step, count;
  bool is_slice;
  CPY_VM_CHECK(ar_key(vm, args[1], a->len, true, &start, &step, &count, &is_slice));
  a = args[0].as<ArrayObj>();
  size_t isz = item_size(a->code);
  if (!is_slice) return item_store(vm, a->code, a->items + size_t(start) * isz, args[2], false);
  ArrayObj* src = ar_other(vm, args[2]);
  if (!src) return raise(vm, Exc::TypeError, "can only assign array (not \"%T\") to array slice", args[2]);
  if (src->code != a->code) return raise(vm, Exc::TypeError, "bad argument type for built-in operation");
  // A copy of the source, which may be the array itself.
  Buf copy(vm);
  copy.add(std::string_view(reinterpret_cast<const char*>(src->items), src->len * isz));
  if (copy.failed) return Status::kRaised;
  size_t n = copy.size / isz;
  const auto* from = reinterpret_cast<const uint8_t*>(copy.data);
  a = args[0].as<ArrayObj>();
  if (step == 1) {
    // Replace [start, start+count) by the n new items.
    if (n > size_t(count)) CPY_VM_CHECK(ar_reserve(vm, args[0], n - size_t(count)));
    a = args[0].as<ArrayObj>();
    size_t tail = a->len - size_t(start + count);
    std::memmove(a->items + (size_t(start) + n) * isz, a->items + size_t(start + count) * isz, tail * isz);
    if (n) std::memcpy(a->items + size_t(start) * isz, from, n * isz);
    a->len = size_t(start) + n + tail;
    return Status::kOk;
  }
  if (n != size_t(count)) {
    return raise(vm, Exc::ValueError, "attempt to assign array of size %d to extended slice of size %d", int(n),
                 int(count));
  }
  for (intptr_t k = 0; k < count; ++k) std::memcpy(a->items + size_t(start + k * step) * isz, from + size_t(k) * isz, isz);
  return Status::kOk;
}

Status ar_delitem(Vm& vm, const Args& args, Value* out) {
  ArrayObj* a = ar_self(vm, args[0]);
  if (!a) return Status::kRaised;
  *out = Value::none();
  intptr_t start, step = 1, count = 1;
  bool is_slice;
  CPY_VM_CHECK(ar_key(vm, args[1], a->len, true, &start, &step, &count, &is_slice));
  ar_remove(args[0].as<ArrayObj>(), start, step, count);
  return Status::kOk;
}

Status ar_iter(Vm& vm, const Args& args, Value* out) {
  if (!ar_self(vm, args[0])) return Status::kRaised;
  *out = CPY_VM_TRY(new_iterator(vm, IterKind::kGetitem, args[0]));
  return Status::kOk;
}

Status ar_contains(Vm& vm, const Args& args, Value* out) {
  if (!ar_self(vm, args[0])) return Status::kRaised;
  *out = Value::false_value();
  for (size_t i = 0; i < args[0].as<ArrayObj>()->len; ++i) {
    ArrayObj* a = args[0].as<ArrayObj>();
    Value v;
    CPY_VM_CHECK(item_load(vm, a->code, a->items + i * item_size(a->code), &v));
    bool e;
    CPY_VM_CHECK(equal(vm, v, args[1], &e));
    if (e) {
      *out = Value::true_value();
      break;
    }
  }
  return Status::kOk;
}

// Arrays compare item by item, as lists do, whatever their codes.
Status ar_compare_op(Vm& vm, const Args& args, int op, Value* out) {
  if (!ar_self(vm, args[0])) return Status::kRaised;
  if (!ar_other(vm, args[1])) {
    *out = Value::not_implemented();
    return Status::kOk;
  }
  Value x = args[0], y = args[1];
  for (size_t i = 0;; ++i) {
    ArrayObj* a = x.as<ArrayObj>();
    ArrayObj* b = y.as<ArrayObj>();
    if (i >= a->len || i >= b->len) {
      *out = Value::boolean(compare_holds(op, a->len < b->len ? -1 : a->len > b->len ? 1 : 0));
      return Status::kOk;
    }
    Value va, vb;
    CPY_VM_CHECK(item_load(vm, a->code, a->items + i * item_size(a->code), &va));
    CPY_VM_CHECK(item_load(vm, b->code, b->items + i * item_size(b->code), &vb));
    bool e;
    CPY_VM_CHECK(equal(vm, va, vb, &e));
    if (e) continue;
    if (op == kEq || op == kNe) {
      *out = Value::boolean(op == kNe);
      return Status::kOk;
    }
    return binary_op(vm, op, va, vb, out);
  }
}

template <int Op>
Status ar_compare(Vm& vm, const Args& args, Value* out) {
  return ar_compare_op(vm, args, Op, out);
}

Status ar_concat_check(Vm& vm, Value self, Value other, const char* what) {
  ArrayObj* o = ar_other(vm, other);
  if (!o) return raise(vm, Exc::TypeError, "can only %s array (not \"%T\") to array", what, other);
  if (o->code != self.as<ArrayObj>()->code) return raise(vm, Exc::TypeError, "bad argument type for built-in operation");
  return Status::kOk;
}

Status ar_add(Vm& vm, const Args& args, Value* out) {
  ArrayObj* a = ar_self(vm, args[0]);
  if (!a) return Status::kRaised;
  CPY_VM_CHECK(ar_concat_check(vm, args[0], args[1], "append"));
  Value r = CPY_VM_TRY(ar_alloc(vm, ar_base(a), a->code));
  CPY_VM_CHECK(ar_reserve(vm, r, args[0].as<ArrayObj>()->len + args[1].as<ArrayObj>()->len));
  CPY_VM_CHECK(ar_append_bytes(vm, r, args[0].as<ArrayObj>()->items, args[0].as<ArrayObj>()->len));
  CPY_VM_CHECK(ar_append_bytes(vm, r, args[1].as<ArrayObj>()->items, args[1].as<ArrayObj>()->len));
  *out = r;
  return Status::kOk;
}

Status ar_iadd(Vm& vm, const Args& args, Value* out) {
  if (!ar_self(vm, args[0])) return Status::kRaised;
  if (!ar_other(vm, args[1])) {
    return raise(vm, Exc::TypeError, "can only extend array with array (not \"%T\")", args[1]);
  }
  CPY_VM_CHECK(ar_extend_from(vm, args[0], args[1]));
  *out = args[0];
  return Status::kOk;
}

Status ar_count_arg(Vm& vm, Value n, intptr_t* out) {
  if (!is_int(vm, n) && !user_method(vm, n, vm.q.index).is_object()) {
    return raise(vm, Exc::TypeError, "can't multiply sequence by non-int of type '%T'", n);
  }
  CPY_VM_CHECK(get_int(vm, n, out));
  if (*out < 0) *out = 0;
  return Status::kOk;
}

// self * n into [dst] (a new array, or self for *=).
Status ar_repeat(Vm& vm, Value self, Value n, Value dst) {
  intptr_t times;
  CPY_VM_CHECK(ar_count_arg(vm, n, &times));
  ArrayObj* a = self.as<ArrayObj>();
  size_t bytes = a->len * item_size(a->code);
  Buf copy(vm);
  copy.add(std::string_view(reinterpret_cast<const char*>(a->items), bytes));
  if (copy.failed) return Status::kRaised;
  size_t n_items = a->len;
  if (dst == self) dst.as<ArrayObj>()->len = 0;
  if (n_items && size_t(times) > SIZE_MAX / bytes) return raise_empty(vm, Exc::MemoryError);
  CPY_VM_CHECK(ar_reserve(vm, dst, n_items * size_t(times)));
  for (intptr_t k = 0; k < times; ++k) {
    CPY_VM_CHECK(ar_append_bytes(vm, dst, reinterpret_cast<const uint8_t*>(copy.data), n_items));
  }
  return Status::kOk;
}

Status ar_mul(Vm& vm, const Args& args, Value* out) {
  ArrayObj* a = ar_self(vm, args[0]);
  if (!a) return Status::kRaised;
  Value r = CPY_VM_TRY(ar_alloc(vm, ar_base(a), a->code));
  CPY_VM_CHECK(ar_repeat(vm, args[0], args[1], r));
  *out = r;
  return Status::kOk;
}

Status ar_imul(Vm& vm, const Args& args, Value* out) {
  if (!ar_self(vm, args[0])) return Status::kRaised;
  CPY_VM_CHECK(ar_repeat(vm, args[0], args[1], args[0]));
  *out = args[0];
  return Status::kOk;
}

Status ar_repr(Vm& vm, const Args& args, Value* out) {
  ArrayObj* a = ar_self(vm, args[0]);
  if (!a) return Status::kRaised;
  Buf b(vm);
  b.add(vm.qstrs.text(a->type->name));
  b.add("('");
  b.add_char(a->code);
  b.add_char('\'');
  for (size_t i = 0; i < args[0].as<ArrayObj>()->len; ++i) {
    a = args[0].as<ArrayObj>();
    b.add(i ? ", " : ", [");
    Value v;
    CPY_VM_CHECK(item_load(vm, a->code, a->items + i * item_size(a->code), &v));
    CPY_VM_CHECK(repr_into(vm, b, v, false));
  }
  if (args[0].as<ArrayObj>()->len) b.add_char(']');
  b.add_char(')');
  *out = CPY_VM_TRY(b.finish());
  return Status::kOk;
}

Status ar_append(Vm& vm, const Args& args, Value* out) {
  if (!ar_self(vm, args[0])) return Status::kRaised;
  *out = Value::none();
  return ar_append_value(vm, args[0], args[1]);
}

Status ar_extend(Vm& vm, const Args& args, Value* out) {
  if (!ar_self(vm, args[0])) return Status::kRaised;
  *out = Value::none();
  return ar_extend_from(vm, args[0], args[1]);
}

}  // namespace

size_t item_size(char code) {
  const ItemCode* c = find_code(code);
  return c ? c->size : 0;
}

Status item_load(Vm& vm, char code, const uint8_t* p, Value* out) {
  const ItemCode* c = find_code(code);
  if (c->is_float) {
    double d;
    if (c->size == 4) {
      float f;
      std::memcpy(&f, p, 4);
      d = f;
    } else {
      std::memcpy(&d, p, 8);
    }
    *out = CPY_VM_TRY(new_float(vm, d));
    return Status::kOk;
  }
  uint64_t u = 0;
  int64_t s = 0;
  switch (c->size) {
    case 1: {
      uint8_t x = p[0];
      u = x;
      s = int8_t(x);
      break;
    }
    case 2: {
      uint16_t x;
      std::memcpy(&x, p, 2);
      u = x;
      s = int16_t(x);
      break;
    }
    case 4: {
      uint32_t x;
      std::memcpy(&x, p, 4);
      u = x;
      s = int32_t(x);
      break;
    }
    default:
      std::memcpy(&u, p, 8);
      s = int64_t(u);
  }
  *out = CPY_VM_TRY(c->is_signed ? new_int(vm, s) : new_int_u64(vm, u));
  return Status::kOk;
}

Status item_store(Vm& vm, char code, uint8_t* p, Value v, bool view) {
  const ItemCode* c = find_code(code);
  char name[2] = {code, 0};
  if (c->is_float) {
    if (view && !is_int(vm, v) && !is_float(vm, v)) {
      return raise(vm, Exc::TypeError, "memoryview: invalid type for format '%s'", name);
    }
    double d;
    CPY_VM_CHECK(get_float(vm, v, &d));
    if (is_int(vm, v) && std::isinf(d)) {
      return raise(vm, Exc::OverflowError, "int too large to convert to float");
    }
    if (c->size == 4) {
      float f = float(d);
      std::memcpy(p, &f, 4);
    } else {
      std::memcpy(p, &d, 8);
    }
    return Status::kOk;
  }
  if (!is_int(vm, v)) {
    Value m = kind_of(vm, v) == Kind::kInstance && !view ? type_lookup(vm, type_of(vm, v), vm.q.index) : Value::null();
    if (m.is_null()) {
      if (view) return raise(vm, Exc::TypeError, "memoryview: invalid type for format '%s'", name);
      return raise(vm, Exc::TypeError, "'%T' object cannot be interpreted as an integer", v);
    }
    CPY_VM_CHECK(call_with_self(vm, m, v, Args{}, &v));
    if (!is_int(vm, v)) return raise(vm, Exc::TypeError, "__index__ returned non-int (type %T)", v);
  }
  bool neg = int_compare(vm, v, Value::small_int(0)) < 0;
  // Negative values as int64, others as uint64: every value an item can hold.
  uint64_t bits = 0;
  bool fits64 = get_int64(vm, v, neg, &bits) == Status::kOk;
  if (!fits64) vm.pending = Value::null();
  // The range of the item, and of C long for the error message.
  unsigned nbits = c->size * 8;
  unsigned long_bits = sizeof(long) * 8;
  auto fits_signed = [&](unsigned n) {
    uint64_t half = uint64_t(1) << (n - 1);
    return fits64 && (neg ? uint64_t(0) - bits <= half : bits < half);
  };
  auto fits_unsigned = [&](unsigned n) { return fits64 && !neg && (n >= 64 || bits < (uint64_t(1) << n)); };
  bool fits = c->is_signed ? fits_signed(nbits) : fits_unsigned(nbits);
  if (!fits) {
    if (view) return raise(vm, Exc::ValueError, "memoryview: invalid value for format '%s'", name);
    return range_error(vm, *c, neg, fits_signed(long_bits), fits_unsigned(long_bits));
  }
  switch (c->size) {
    case 1:
      p[0] = uint8_t(bits);
      break;
    case 2: {
      uint16_t x = uint16_t(bits);
      std::memcpy(p, &x, 2);
      break;
    }
    case 4: {
      uint32_t x = uint32_t(bits);
      std::memcpy(p, &x, 4);
      break;
    }
    default:
      std::memcpy(p, &bits, 8);
  }
  return Status::kOk;
}

namespace {
constexpr ClassSlot kArraySlots[] = {
    {"__len__", &ar_len, 1, 1, true},         {"__getitem__", &ar_getitem, 2, 2, true},
    {"__setitem__", &ar_setitem, 3, 3, true}, {"__delitem__", &ar_delitem, 2, 2, true},
    {"__iter__", &ar_iter, 1, 1, true},       {"__contains__", &ar_contains, 2, 2, true},
    {"__eq__", &ar_compare<kEq>, 2, 2, true}, {"__ne__", &ar_compare<kNe>, 2, 2, true},
    {"__lt__", &ar_compare<kLt>, 2, 2, true}, {"__le__", &ar_compare<kLe>, 2, 2, true},
    {"__gt__", &ar_compare<kGt>, 2, 2, true}, {"__ge__", &ar_compare<kGe>, 2, 2, true},
    {"__add__", &ar_add, 2, 2, true},         {"__iadd__", &ar_iadd, 2, 2, true},
    {"__mul__", &ar_mul, 2, 2, true},         {"__rmul__", &ar_mul, 2, 2, true},
    {"__imul__", &ar_imul, 2, 2, true},       {"__repr__", &ar_repr, 1, 1, true},
    {"append", &ar_append, 2, 2, false},      {"extend", &ar_extend, 2, 2, false},
};
bool init_module(Vm& vm, Module*, Value g) {
  Type* t = new_native_class(vm, "array");
  if (!t || !put(vm, g, "array", Value::object(t))) return false;
  return add_special(vm, t, "__new__", &ar_new, 1, -1, true) &&
         add_slots(vm, t, kArraySlots, sizeof kArraySlots / sizeof kArraySlots[0]);
}
}  // namespace

const ModuleDef kModule_array{nullptr, 0, &init_module};

}  // namespace cpy::vm
