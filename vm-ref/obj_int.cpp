// int: small ints in the Value word, big ones as BigIntObj, arithmetic
// through mpy::BigMath with its scratch memory on the GC heap.
#include <cmath>
#include <cstring>

#include "cpy/mpy/bigint.h"
#include "runtime.h"

namespace cpy::vm {

using mpy::BigInt;
using mpy::BigIntFault;
using mpy::BigMath;

namespace {

bool fits_double(Value x);
Status exact_true_div(Vm& vm, Value a, Value b, Value* out);

/// Scratch memory for one big-int operation; what it hands out lives on the
/// GC heap, is reachable from the Arena on the C stack while in use, and is
/// given back when the operation ends (results are copied out before).
struct Scratch {
  explicit Scratch(Vm& vm) : arena(gc_scratch_source(vm), 256), math(arena) {}
  Arena arena;
  BigMath math;
};

/// Limbs for a small int, held by the caller.
struct SmallLimbs {
  uint32_t limbs[2];
};

BigInt as_big(Value v, SmallLimbs& tmp) {
  if (v.is_object()) {
    BigIntObj* b = v.as<BigIntObj>();
    return BigInt::from_limbs(std::span<const uint32_t>(b->limbs(), b->size), b->negative);
  }
  int64_t i = v.is_bool() ? (v == Value::true_value()) : v.small_int_value();
  uint64_t m = i < 0 ? uint64_t(0) - uint64_t(i) : uint64_t(i);
  tmp.limbs[0] = uint32_t(m);
  tmp.limbs[1] = uint32_t(m >> 32);
  return BigInt::from_limbs(std::span<const uint32_t>(tmp.limbs, 2), i < 0);
}

/// [b] as an int value. [into], when not null, is a BigIntObj made for the
/// result whose size field holds its capacity in limbs (see
/// result_object): the result goes there when it fits, and the object is
/// given back to the heap when it is not used.
Value from_big(Vm& vm, BigInt b, Value into = Value::null()) {
  BigIntObj* held = into.is_null() ? nullptr : into.as<BigIntObj>();
  auto limbs = b.limbs();
  if (held && !b.fits_small_int(Value::kSmallIntBits) && limbs.size() <= held->size) {
    std::memmove(held->limbs(), limbs.data(), limbs.size() * sizeof(uint32_t));
    held->size = uint32_t(limbs.size());
    held->negative = b.is_negative();
    return into;
  }
  if (held) vm.heap.free(held);
  if (b.fits_small_int(Value::kSmallIntBits)) return Value::small_int(intptr_t(*b.to_int64()));
  BigIntObj* o = alloc_obj<BigIntObj>(vm, vm.t_int, limbs.size() * sizeof(uint32_t));
  if (!o) return Value::null();
  o->size = uint32_t(limbs.size());
  o->negative = b.is_negative();
  std::memcpy(o->limbs(), limbs.data(), limbs.size() * sizeof(uint32_t));
  return Value::object(o);
}

Status big_fault(Vm& vm, const Error& e, int op) {
  switch (mpy::bigint_fault(e)) {
    case BigIntFault::kDivisionByZero:
      if (op == kMod) return raise(vm, Exc::ZeroDivisionError, "integer modulo by zero");
      return raise(vm, Exc::ZeroDivisionError, "integer division or modulo by zero");
    case BigIntFault::kNegativeShift:
      return raise(vm, Exc::ValueError, "negative shift count");
    case BigIntFault::kTooBig:
      return raise(vm, Exc::OverflowError, "result too large");
    case BigIntFault::kNotFinite:
      return raise(vm, Exc::OverflowError, "cannot convert float infinity to integer");
    default:
      set_memory_error(vm);
      return Status::kRaised;
  }
}

Status store_big(Vm& vm, const Result<BigInt>& r, int op, Value* out, Value into = Value::null()) {
  if (!r.ok()) {
    if (!into.is_null()) vm.heap.free(into.as<Obj>());
    return big_fault(vm, r.error(), op);
  }
  *out = CPY_VM_TRY(from_big(vm, r.value(), into));
  return Status::kOk;
}

/// The most limbs [op]'s result can have, for the operations that allocate
/// their result before anything else (BigMath::offer_result_buffer); 0 for
/// the others.
size_t result_bound(int op, const BigInt& x, const BigInt& y) {
  size_t xn = x.limbs().size(), yn = y.limbs().size();
  switch (op) {
    case kAdd:
    case kSub:
      return (xn > yn ? xn : yn) + 1;
    case kMul:
      return xn + yn;
    case kLshift: {
      auto n = y.to_int64();
      if (!n || *n < 0 || uint64_t(*n) > BigMath::kDefaultMaxBits) return 0;
      return xn + size_t(*n / 32) + 1;
    }
    case kRshift:
    case kFloorDiv:
      return xn + 1;
    case kMod:
      return yn + 1;
    default:
      return 0;
  }
}

/// A BigIntObj for a result of at most [bound] limbs, offered to [math] so
/// that the result is computed in place instead of copied out of scratch
/// memory: one copy of a big number fewer at the peak. Null (and nothing
/// offered) for results that may well be small ints, or without memory.
Value result_object(Vm& vm, BigMath& math, size_t bound) {
  if (bound <= 2) return Value::null();
  // Without memory for it the operation runs in scratch memory as usual.
  auto* o = static_cast<BigIntObj*>(vm.heap.allocate_may_collect(sizeof(BigIntObj) + bound * sizeof(uint32_t)));
  if (!o) return Value::null();
  o->type = vm.t_int;
  o->size = uint32_t(bound);
  math.offer_result_buffer(o->limbs(), bound);
  return Value::object(o);
}

int64_t small_of(Value v) { return v.is_bool() ? (v == Value::true_value()) : v.small_int_value(); }

Status big_binary(Vm& vm, int op, Value a, Value b, Value* out) {
  SmallLimbs ta, tb;
  BigInt x = as_big(a, ta), y = as_big(b, tb);
  if (op <= kNe) {
    *out = Value::boolean(compare_holds(op, compare(x, y)));
    return Status::kOk;
  }
  Scratch s(vm);
  Value into = result_object(vm, s.math, result_bound(op, x, y));
  switch (op) {
    case kAdd:
      return store_big(vm, s.math.add(x, y), op, out, into);
    case kSub:
      return store_big(vm, s.math.sub(x, y), op, out, into);
    case kMul:
      return store_big(vm, s.math.mul(x, y), op, out, into);
    case kFloorDiv:
      return store_big(vm, s.math.floordiv(x, y), op, out, into);
    case kMod:
      return store_big(vm, s.math.mod(x, y), op, out, into);
    case kAnd:
      return store_big(vm, s.math.bit_and(x, y), op, out);
    case kOr:
      return store_big(vm, s.math.bit_or(x, y), op, out);
    case kXor:
      return store_big(vm, s.math.bit_xor(x, y), op, out);
    case kLshift:
      return store_big(vm, s.math.lshift(x, y), op, out, into);
    case kRshift:
      return store_big(vm, s.math.rshift(x, y), op, out, into);
    case kPow:
      if (y.is_negative()) return float_binary_op(vm, op, x.to_double(), y.to_double(), out);
      return store_big(vm, s.math.pow(x, y), op, out);
    case kTrueDiv: {
      if (y.is_zero()) return raise(vm, Exc::ZeroDivisionError, "division by zero");
      return exact_true_div(vm, a, b, out);
    }
    default:
      *out = Value::not_implemented();
      return Status::kOk;
  }
}

int64_t floor_div(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

int64_t floor_mod(int64_t a, int64_t b) {
  int64_t m = a % b;
  if (m != 0 && ((m < 0) != (b < 0))) m += b;
  return m;
}

Value small_or_big(Vm& vm, int64_t v) {
  if (Value::fits_small_int(v)) return Value::small_int(intptr_t(v));
  return new_int(vm, v);
}

}  // namespace

Value new_int(Vm& vm, int64_t v) {
  if (Value::fits_small_int(v)) return Value::small_int(intptr_t(v));
  Scratch s(vm);
  auto r = s.math.from_int64(v);
  if (!r.ok()) {
    set_memory_error(vm);
    return Value::null();
  }
  return from_big(vm, r.value());
}

Value new_int_u64(Vm& vm, uint64_t v) {
  if (v <= uint64_t(INT64_MAX)) return new_int(vm, int64_t(v));
  Scratch s(vm);
  auto r = s.math.from_uint64(v);
  if (!r.ok()) {
    set_memory_error(vm);
    return Value::null();
  }
  return from_big(vm, r.value());
}

Status get_int64(Vm& vm, Value v, bool is_signed, uint64_t* out) {
  if (!is_int(vm, v)) return raise(vm, Exc::TypeError, "can't convert %T to int", v);
  SmallLimbs t;
  BigInt b = as_big(v, t);
  bool neg = b.is_negative();
  if (neg && !is_signed) return raise(vm, Exc::OverflowError, "can't convert negative int to unsigned");
  auto limbs = b.limbs();
  uint64_t mag = 0;
  for (size_t i = 0; i < limbs.size() && i < 2; ++i) mag |= uint64_t(limbs[i]) << (32 * i);
  uint64_t max = !is_signed ? UINT64_MAX : neg ? uint64_t(1) << 63 : uint64_t(INT64_MAX);
  if (limbs.size() > 2 || mag > max) return raise(vm, Exc::OverflowError, "int too big to convert");
  *out = neg ? uint64_t(0) - mag : mag;
  return Status::kOk;
}

bool is_int(Vm& vm, Value v) {
  if (v.is_small_int() || v.is_bool()) return true;
  Kind k = kind_of(vm, v);
  return k == Kind::kInt;
}

Status get_int(Vm& vm, Value v, intptr_t* out) {
  if (v.is_small_int()) {
    *out = v.small_int_value();
    return Status::kOk;
  }
  if (v.is_bool()) {
    *out = v == Value::true_value();
    return Status::kOk;
  }
  if (kind_of(vm, v) == Kind::kInt) {
    SmallLimbs t;
    auto i = as_big(v, t).to_int64();
    if (i && *i >= INTPTR_MIN && *i <= INTPTR_MAX) {
      *out = intptr_t(*i);
      return Status::kOk;
    }
    return raise(vm, Exc::OverflowError, "Python int too large to convert to C ssize_t");
  }
  if (kind_of(vm, v) == Kind::kInstance) {
    Value r;
    CPY_VM_CHECK(index_value(vm, v, &r));
    return get_int(vm, r, out);
  }
  return raise(vm, Exc::TypeError, "'%T' object cannot be interpreted as an integer", v);
}

bool is_index_like(Vm& vm, Value v) {
  return is_int(vm, v) || (kind_of(vm, v) == Kind::kInstance && !type_lookup(vm, type_of(vm, v), vm.q.index).is_null());
}

Status index_value(Vm& vm, Value v, Value* out) {
  if (is_int(vm, v)) {
    *out = v.is_bool() ? Value::small_int(v == Value::true_value()) : v;
    return Status::kOk;
  }
  Value m = kind_of(vm, v) == Kind::kInstance ? type_lookup(vm, type_of(vm, v), vm.q.index) : Value::null();
  if (m.is_null()) return raise(vm, Exc::TypeError, "'%T' object cannot be interpreted as an integer", v);
  CPY_VM_CHECK(call_with_self(vm, m, v, Args{}, out));
  if (!is_int(vm, *out)) return raise(vm, Exc::TypeError, "__index__ returned non-int (type %T)", *out);
  return Status::kOk;
}


bool is_float(Vm& vm, Value v) { return kind_of(vm, v) == Kind::kFloat; }

Status get_float(Vm& vm, Value v, double* out) {
  Kind k = kind_of(vm, v);
  if (k == Kind::kFloat) {
    *out = v.as<Float>()->value;
    return Status::kOk;
  }
  if (k == Kind::kInt || k == Kind::kBool) {
    *out = int_to_double(vm, v);
    return Status::kOk;
  }
  if (k == Kind::kInstance) {
    Value m = type_lookup(vm, type_of(vm, v), vm.q.float_);
    if (!m.is_null()) {
      Value r;
      CPY_VM_CHECK(call_with_self(vm, m, v, Args{}, &r));
      return get_float(vm, r, out);
    }
  }
  return raise(vm, Exc::TypeError, "must be real number, not %T", v);
}

double int_to_double(Vm&, Value v) {
  if (!v.is_object()) return double(small_of(v));
  SmallLimbs t;
  return as_big(v, t).to_double();
}

namespace {
// |x| < 2**53: the int is exactly a double.
bool fits_double(Value x) {
  if (x.is_object()) return false;
  int64_t v = small_of(x);
  return v > -(int64_t(1) << 53) && v < (int64_t(1) << 53);
}

int bit_length_of(Value x) {
  if (!x.is_object()) {
    int64_t v = small_of(x);
    uint64_t m = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
    return m ? 64 - __builtin_clzll(m) : 0;
  }
  BigIntObj* b = x.as<BigIntObj>();
  return int(b->size - 1) * 32 + (32 - __builtin_clz(b->limbs()[b->size - 1]));
}

// a / b rounded once to the nearest double, for ints a float cannot hold
// exactly: the quotient is taken to 55+ bits with a sticky bit for the
// remainder, so converting it to a double rounds as the exact value would.
Status exact_true_div(Vm& vm, Value a, Value b, Value* out) {
  bool negative = (int_compare(vm, a, Value::small_int(0)) < 0) != (int_compare(vm, b, Value::small_int(0)) < 0);
  if (int_compare(vm, a, Value::small_int(0)) < 0) CPY_VM_CHECK(int_unary_op(vm, kNeg, a, &a));
  if (int_compare(vm, b, Value::small_int(0)) < 0) CPY_VM_CHECK(int_unary_op(vm, kNeg, b, &b));
  int shift = 55 - (bit_length_of(a) - bit_length_of(b));
  if (shift > 0)
    CPY_VM_CHECK(int_binary_op(vm, kLshift, a, Value::small_int(shift), &a));
  else if (shift < 0)
    CPY_VM_CHECK(int_binary_op(vm, kLshift, b, Value::small_int(-shift), &b));
  Value q, r;
  CPY_VM_CHECK(int_binary_op(vm, kFloorDiv, a, b, &q));
  CPY_VM_CHECK(int_binary_op(vm, kMod, a, b, &r));
  if (r != Value::small_int(0)) CPY_VM_CHECK(int_binary_op(vm, kOr, q, Value::small_int(1), &q));
  double d = std::ldexp(int_to_double(vm, q), -shift);
  if (std::isinf(d)) return raise(vm, Exc::OverflowError, "integer division result too large for a float");
  *out = CPY_VM_TRY(new_float(vm, negative ? -d : d));
  return Status::kOk;
}
}  // namespace

Status int_float_compare(Vm& vm, Value i, double d, int* result, bool* unordered) {
  *unordered = std::isnan(d);
  *result = 0;
  if (*unordered) return Status::kOk;
  if (std::isinf(d)) {
    *result = d > 0 ? -1 : 1;
    return Status::kOk;
  }
  if (fits_double(i)) {
    double x = double(small_of(i));
    *result = (x > d) - (x < d);
    return Status::kOk;
  }
  // Compare with the float's floor as an int, then let its fraction decide.
  double f = std::floor(d);
  Value fi;
  CPY_VM_CHECK(int_from_double(vm, f, &fi));
  *result = int_compare(vm, i, fi);
  if (*result == 0 && f != d) *result = -1;
  return Status::kOk;
}

int int_compare(Vm&, Value a, Value b) {
  if (!a.is_object() && !b.is_object()) {
    int64_t x = small_of(a), y = small_of(b);
    return x < y ? -1 : x > y;
  }
  SmallLimbs ta, tb;
  return compare(as_big(a, ta), as_big(b, tb));
}

Status int_from_double(Vm& vm, double d, Value* out) {
  if (std::isnan(d)) return raise(vm, Exc::ValueError, "cannot convert float NaN to integer");
  if (std::isinf(d)) return raise(vm, Exc::OverflowError, "cannot convert float infinity to integer");
  double t = std::trunc(d);
  if (std::fabs(t) < 4.0e18) {
    *out = CPY_VM_TRY(new_int(vm, int64_t(t)));
    return Status::kOk;
  }
  Scratch s(vm);
  return store_big(vm, s.math.from_double(t), kAdd, out);
}

Status int_hash(Vm&, Value v, uint32_t* out) {
  if (!v.is_object()) {
    *out = Map::simple_hash(v.is_bool() ? Value::small_int(v == Value::true_value()) : v);
    return Status::kOk;
  }
  SmallLimbs t;
  BigInt big = as_big(v, t);
  if (big.fits_small_int(Value::kSmallIntBits)) {
    // An int object holding a small value (an int subclass's instance)
    // hashes as that small int.
    *out = Map::simple_hash(Value::small_int(intptr_t(*big.to_int64())));
    return Status::kOk;
  }
  BigIntObj* b = v.as<BigIntObj>();
  uint32_t h = b->negative ? 0x9e3779b9u : 0;
  for (uint32_t i = 0; i < b->size; ++i) h = (h ^ b->limbs()[i]) * 16777619u;
  *out = h;
  return Status::kOk;
}

Status int_binary_op(Vm& vm, int op, Value a, Value b, Value* out) {
  if (op >= kInplaceFirst && op < kOr) op += kInplaceDelta;
  if (a.is_object() || b.is_object()) {
    if (op == kIs) {
      *out = Value::boolean(a == b);
      return Status::kOk;
    }
    return big_binary(vm, op, a, b, out);
  }
  int64_t x = small_of(a), y = small_of(b);
  if (op <= kNe) {
    *out = Value::boolean(compare_holds(op, (x > y) - (x < y)));
    return Status::kOk;
  }
  int64_t r;
  switch (op) {
    case kIs:
      *out = Value::boolean(a == b);
      return Status::kOk;
    case kAdd:
      if (__builtin_add_overflow(x, y, &r)) return big_binary(vm, op, a, b, out);
      break;
    case kSub:
      if (__builtin_sub_overflow(x, y, &r)) return big_binary(vm, op, a, b, out);
      break;
    case kMul:
      if (__builtin_mul_overflow(x, y, &r)) return big_binary(vm, op, a, b, out);
      break;
    case kFloorDiv:
      if (y == 0) return raise(vm, Exc::ZeroDivisionError, "integer division or modulo by zero");
      r = floor_div(x, y);
      break;
    case kMod:
      if (y == 0) return raise(vm, Exc::ZeroDivisionError, "integer modulo by zero");
      r = floor_mod(x, y);
      break;
    case kTrueDiv:
      if (y == 0) return raise(vm, Exc::ZeroDivisionError, "division by zero");
      if (!fits_double(a) || !fits_double(b)) return exact_true_div(vm, a, b, out);
      return float_binary_op(vm, op, double(x), double(y), out);
    case kPow: {
      if (y < 0) return float_binary_op(vm, op, double(x), double(y), out);
      int64_t base = x, result = 1;
      int64_t e = y;
      bool overflow = false;
      while (e > 0) {
        if (e & 1) overflow |= __builtin_mul_overflow(result, base, &result);
        e >>= 1;
        if (e) overflow |= __builtin_mul_overflow(base, base, &base);
        if (overflow) break;
      }
      if (overflow) return big_binary(vm, op, a, b, out);
      r = result;
      break;
    }
    case kAnd:
      r = x & y;
      break;
    case kOr:
      r = x | y;
      break;
    case kXor:
      r = x ^ y;
      break;
    case kLshift:
      if (y < 0) return raise(vm, Exc::ValueError, "negative shift count");
      if (y >= 62 || (x != 0 && (x > 0 ? x : -x) >= (int64_t(1) << (62 - y)))) {
        return big_binary(vm, op, a, b, out);
      }
      r = int64_t(uint64_t(x) << y);
      break;
    case kRshift:
      if (y < 0) return raise(vm, Exc::ValueError, "negative shift count");
      r = y >= 63 ? (x < 0 ? -1 : 0) : (x >> y);
      break;
    default:
      *out = Value::not_implemented();
      return Status::kOk;
  }
  *out = CPY_VM_TRY(small_or_big(vm, r));
  return Status::kOk;
}

Status int_unary_op(Vm& vm, int op, Value a, Value* out) {
  if (a.is_bool()) a = Value::small_int(a == Value::true_value());
  switch (op) {
    case kPos:
      *out = a;
      return Status::kOk;
    case kNeg:
      return int_binary_op(vm, kSub, Value::small_int(0), a, out);
    case kInvert:
      // ~x == -x - 1
      CPY_VM_CHECK(int_binary_op(vm, kSub, Value::small_int(0), a, out));
      return int_binary_op(vm, kSub, *out, Value::small_int(1), out);
    default:
      return raise(vm, Exc::TypeError, "bad operand");
  }
}

Status int_repr(Vm& vm, Value v, unsigned base, bool prefix, Value* out) {
  SmallLimbs t;
  BigInt x = as_big(v, t);
  // The digits go straight into the Buf, which becomes the str in place (no
  // copy of a long text at the peak).
  size_t capacity = BigMath::text_capacity(x, base, prefix);
  Buf buf(vm);
  if (!buf.reserve(capacity)) return Status::kRaised;
  Scratch scratch(vm);
  auto r = scratch.math.to_string_into(buf.data, capacity, x, base, prefix);
  if (!r.ok()) return big_fault(vm, r.error(), kAdd);
  buf.size = r.value().size();
  *out = CPY_VM_TRY(buf.finish());
  return Status::kOk;
}

Status int_parse(Vm& vm, std::string_view text, unsigned base, Value* out) {
  Scratch s(vm);
  auto r = s.math.parse(text, base);
  if (!r.ok()) {
    if (mpy::bigint_fault(r.error()) == BigIntFault::kBadSyntax ||
        mpy::bigint_fault(r.error()) == BigIntFault::kBadBase) {
      Value q = CPY_VM_TRY(new_str(vm, text));
      return raise(vm, Exc::ValueError, "invalid literal for int() with base %d: %R", int(base), q);
    }
    return big_fault(vm, r.error(), kAdd);
  }
  *out = CPY_VM_TRY(from_big(vm, r.value()));
  return Status::kOk;
}

}  // namespace cpy::vm
