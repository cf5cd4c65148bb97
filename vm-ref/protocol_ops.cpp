// Operators, comparison, hashing and truth.
#include <cmath>
#include <cstring>
#include <utility>

#include "complex_private.h"
#include "runtime.h"

namespace cpy::vm {

namespace {

const char* const kOpSymbols[35] = {
    "<",   ">",  "==", "<=",  ">=",  "!=", "in", "is", "exception match",
    "|=",  "^=", "&=", "<<=", ">>=", "+=", "-=", "*=", "@=",
    "//=", "/=", "%=", "**=", "|",   "^",  "&",  "<<", ">>",
    "+",   "-",  "*",  "@",   "//",  "/",  "%",  "**",
};

bool is_number_kind(Kind k) { return k == Kind::kInt || k == Kind::kBool || k == Kind::kFloat; }
bool is_intlike_kind(Kind k) { return k == Kind::kInt || k == Kind::kBool; }

// Calls a special method found on the class with (self, other).
Status call_special(Vm& vm, Value method, Value self, Value other, Value* out) {
  Value args[1] = {other};
  return call_with_self(vm, method, self, Args{args, 1, 0}, out);
}

int reflected_compare(int op) {
  switch (op) {
    case kLt:
      return kGt;
    case kGt:
      return kLt;
    case kLe:
      return kGe;
    case kGe:
      return kLe;
    default:
      return op;
  }
}

// A comparison between int [i] and float [d], exact; [swapped] when the
// float was the left operand.
Status int_float_relation(Vm& vm, int op, Value i, double d, bool swapped, Value* out) {
  int c = 0;
  bool unordered = false;
  CPY_VM_CHECK(int_float_compare(vm, i, d, &c, &unordered));
  if (unordered) {
    *out = Value::boolean(op == kNe);
    return Status::kOk;
  }
  *out = Value::boolean(compare_holds(op, swapped ? -c : c));
  return Status::kOk;
}

Status native_binary(Vm& vm, int op, Value a, Value b, Value* out) {
  *out = Value::not_implemented();
  Kind ka = kind_of(vm, a);
  Kind kb = kind_of(vm, b);
  switch (ka) {
    case Kind::kInt:
    case Kind::kBool:
      if (is_intlike_kind(kb)) return int_binary_op(vm, op, a, b, out);
      if (kb == Kind::kFloat && op <= kNe) return int_float_relation(vm, op, a, b.as<Float>()->value, false, out);
      if (kb == Kind::kFloat) return float_binary_op(vm, op, int_to_double(vm, a), b.as<Float>()->value, out);
      if (kb == Kind::kComplex) return complex_binary_op(vm, op, a, b, out);
      if (op == kMul && (kb == Kind::kStr || kb == Kind::kBytes || kb == Kind::kTuple || kb == Kind::kList ||
                         kb == Kind::kBytearray)) {
        return native_binary(vm, op, b, a, out);
      }
      return Status::kOk;
    case Kind::kFloat:
      if (is_intlike_kind(kb) && op <= kNe) return int_float_relation(vm, op, b, a.as<Float>()->value, true, out);
      if (is_number_kind(kb)) {
        double db = kb == Kind::kFloat ? b.as<Float>()->value : int_to_double(vm, b);
        return float_binary_op(vm, op, a.as<Float>()->value, db, out);
      }
      if (kb == Kind::kComplex) return complex_binary_op(vm, op, a, b, out);
      return Status::kOk;
    case Kind::kComplex:
      return complex_binary_op(vm, op, a, b, out);
    case Kind::kStr:
    case Kind::kBytes:
    case Kind::kBytearray:
      return str_binary_op(vm, op, a, b, out);
    case Kind::kTuple:
    case Kind::kList:
      return seq_binary_op(vm, op, a, b, out);
    case Kind::kDict:
    case Kind::kDictView:
      return dict_binary_op(vm, op, a, b, out);
    case Kind::kSet:
    case Kind::kFrozenset:
      return set_binary_op(vm, op, a, b, out);
    default:
      return Status::kOk;
  }
}

Status type_error(Vm& vm, int op, Value a, Value b) {
  Kind ka = kind_of(vm, a);
  if ((op == kAdd || op == kAdd - kInplaceDelta) &&
      (ka == Kind::kStr || ka == Kind::kList || ka == Kind::kTuple || ka == Kind::kBytes)) {
    return raise(vm, Exc::TypeError, "can only concatenate %T (not \"%T\") to %T", a, b, a);
  }
  if (op <= kGe) {
    return raise(vm, Exc::TypeError, "'%s' not supported between instances of '%T' and '%T'", kOpSymbols[op], a, b);
  }
  return raise(vm, Exc::TypeError, "unsupported operand type(s) for %s: '%T' and '%T'", kOpSymbols[op], a, b);
}

Status exception_match(Vm& vm, Value exc, Value pattern, bool* out) {
  Type* t = is_exception_type(exc) ? exc.as<Type>() : type_of(vm, exc);
  if (is_obj_of(pattern, vm.t_tuple)) {
    Tuple* tup = pattern.as<Tuple>();
    for (size_t i = 0; i < tup->size; ++i) {
      CPY_VM_CHECK(exception_match(vm, exc, tup->items()[i], out));
      if (*out) return Status::kOk;
    }
    *out = false;
    return Status::kOk;
  }
  if (!is_exception_type(pattern)) {
    return raise(vm, Exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
  }
  *out = is_subtype(t, pattern.as<Type>());
  return Status::kOk;
}

}  // namespace

Status binary_op(Vm& vm, int op, Value a, Value b, Value* out) {
  // `in` and exception matching are about the right operand's type, not numbers.
  if (a.is_small_int() && b.is_small_int() && op != kIn && op != kExcMatch) return int_binary_op(vm, op, a, b, out);
  switch (op) {
    case kIs:
      *out = Value::boolean(a == b);
      return Status::kOk;
    case kIn: {
      bool r = false;
      CPY_VM_CHECK(contains(vm, b, a, &r));
      *out = Value::boolean(r);
      return Status::kOk;
    }
    case kExcMatch: {
      bool r = false;
      CPY_VM_CHECK(exception_match(vm, a, b, &r));
      *out = Value::boolean(r);
      return Status::kOk;
    }
    case kEq:
    case kNe: {
      bool r = false;
      CPY_VM_CHECK(equal(vm, a, b, &r));
      *out = Value::boolean(op == kEq ? r : !r);
      return Status::kOk;
    }
    default:
      break;
  }
  int report = op;  // the operator the error message names: the in-place one as written
  Kind ka = kind_of(vm, a);
  Kind kb = kind_of(vm, b);
  if (op >= kInplaceFirst && op < kOr) {
    if (is_native_subclass_instance(a)) {
      Value m = user_method(vm, a, vm.binary_names[op]);
      if (!m.is_null()) {
        CPY_VM_CHECK(call_special(vm, m, a, b, out));
        if (*out != Value::not_implemented()) return Status::kOk;
      }
    }
    if (ka == Kind::kList && op + kInplaceDelta == kAdd) {
      // list += iterable extends in place.
      Value r;
      CPY_VM_CHECK(call_method(vm, a, vm.q.extend, 1, &b, &r));
      *out = a;
      return Status::kOk;
    }
    if (ka == Kind::kInstance) {
      Value m = user_method(vm, a, vm.binary_names[op]);
      if (!m.is_null()) {
        CPY_VM_CHECK(call_special(vm, m, a, b, out));
        if (*out != Value::not_implemented()) return Status::kOk;
      }
    }
    op += kInplaceDelta;
  }
  *out = Value::not_implemented();
  Type* ta = type_of(vm, a);
  Type* tb = type_of(vm, b);
  // An arithmetic operator asks the right operand first when its type is a
  // subclass of the left one's that defines the reflected method; it never
  // asks the same type twice. Comparisons always reflect.
  bool reflect = op <= kGe || ta != tb;
  bool b_user = kb == Kind::kInstance || is_native_subclass(tb);
  if (b_user && op > kGe && ta != tb && is_subtype(tb, ta)) {
    Value m = type_lookup(vm, tb, vm.rbinary_names[op]);
    if (!m.is_null() && m != type_lookup(vm, ta, vm.rbinary_names[op])) {
      m = user_method(vm, b, vm.rbinary_names[op]);
      if (!m.is_null()) {
        CPY_VM_CHECK(call_special(vm, m, b, a, out));
        if (*out != Value::not_implemented()) return Status::kOk;
        reflect = false;
      }
    }
  }
  Value ma = ka == Kind::kInstance || is_native_subclass(ta) ? user_method(vm, a, vm.binary_names[op]) : Value::null();
  if (!ma.is_null()) {
    CPY_VM_CHECK(call_special(vm, ma, a, b, out));
  } else if (ka != Kind::kInstance) {
    CPY_VM_CHECK(native_binary(vm, op, a, b, out));
  }
  if (*out != Value::not_implemented()) return Status::kOk;
  if (b_user && reflect) {
    uint32_t name = op <= kGe ? vm.binary_names[reflected_compare(op)] : vm.rbinary_names[op];
    Value m = user_method(vm, b, name);
    if (!m.is_null()) {
      CPY_VM_CHECK(call_special(vm, m, b, a, out));
      if (*out != Value::not_implemented()) return Status::kOk;
    }
  }
  // An object with __index__ repeats a sequence from the left too.
  if (op == kMul && ka == Kind::kInstance &&
      (kb == Kind::kStr || kb == Kind::kBytes || kb == Kind::kTuple || kb == Kind::kList || kb == Kind::kBytearray) &&
      is_index_like(vm, a)) {
    CPY_VM_CHECK(native_binary(vm, op, b, a, out));
    if (*out != Value::not_implemented()) return Status::kOk;
  }
  return type_error(vm, report, a, b);
}

Status unary_op(Vm& vm, int op, Value a, Value* out) {
  if (op == kNot) {
    bool t = false;
    CPY_VM_CHECK(truthy(vm, a, &t));
    *out = Value::boolean(!t);
    return Status::kOk;
  }
  if (is_native_subclass_instance(a)) {
    Value m = user_method(vm, a, vm.unary_names[op]);
    if (!m.is_null()) return call_with_self(vm, m, a, Args{}, out);
  }
  Kind k = kind_of(vm, a);
  if (k == Kind::kInt || k == Kind::kBool) return int_unary_op(vm, op, a, out);
  if (k == Kind::kFloat && op != kInvert) {
    double d = a.as<Float>()->value;
    *out = op == kNeg ? new_float(vm, -d) : a;
    return out->is_null() ? Status::kRaised : Status::kOk;
  }
  if (k == Kind::kComplex && op != kInvert) {
    Cplx z = complex_of(a);
    *out = op == kNeg ? new_complex(vm, -z.re, -z.im) : a;
    return out->is_null() ? Status::kRaised : Status::kOk;
  }
  if (k == Kind::kInstance) {
    Value m = user_method(vm, a, vm.unary_names[op]);
    if (!m.is_null()) return call_with_self(vm, m, a, Args{}, out);
  }
  static const char* const kNames[3] = {"unary +", "unary -", "unary ~"};
  return raise(vm, Exc::TypeError, "bad operand type for %s: '%T'", kNames[op], a);
}

namespace {
Status seq_equal(Vm& vm, const Value* a, size_t na, const Value* b, size_t nb, bool* out) {
  *out = false;
  if (na != nb) return Status::kOk;
  // Deeply nested containers recurse here: bounded like calls.
  DepthGuard guard(vm);
  if (guard.too_deep()) return raise_recursion(vm);
  for (size_t i = 0; i < na; ++i) {
    bool e = false;
    if (!(a[i] == b[i]))
      CPY_VM_CHECK(equal(vm, a[i], b[i], &e));
    else
      e = true;
    if (!e) return Status::kOk;
  }
  *out = true;
  return Status::kOk;
}

Status map_equal(Vm& vm, Value a, Value b, bool values, bool* out) {
  Map& ma = a.as<Dict>()->map;
  Map& mb = b.as<Dict>()->map;
  *out = false;
  if (ma.size() != mb.size()) return Status::kOk;
  DepthGuard guard(vm);
  if (guard.too_deep()) return raise_recursion(vm);
  for (const Map::Entry* e = ma.begin(); e != ma.end(); ++e) {
    if (e->key.is_null()) continue;
    Value other;
    CPY_VM_CHECK(mb.lookup(e->key, vm.key_ops, &other));
    if (other.is_null()) return Status::kOk;
    if (values && !(other == e->value)) {
      bool same = false;
      CPY_VM_CHECK(equal(vm, e->value, other, &same));
      if (!same) return Status::kOk;
    }
  }
  *out = true;
  return Status::kOk;
}
}  // namespace

Status equal(Vm& vm, Value a, Value b, bool* out) {
  Kind ka = kind_of(vm, a);
  Kind kb = kind_of(vm, b);
  *out = false;
  bool ua = ka == Kind::kInstance || is_native_subclass_instance(a);
  bool ub = kb == Kind::kInstance || is_native_subclass_instance(b);
  if (ua || ub) {
    // A class's own __eq__ (asked even of an object and itself, as CPython
    // does; containers test identity first), the right operand's first when
    // its class derives from the left one's; then the builtin comparison
    // for a class derived from a builtin, identity for the others.
    bool right_first = ub && (!ua || (type_of(vm, a) != type_of(vm, b) && is_subtype(type_of(vm, b), type_of(vm, a))));
    Value x = right_first ? b : a, y = right_first ? a : b;
    bool ux = right_first ? ub : ua, uy = right_first ? ua : ub;
    for (int pass = 0; pass < 2; ++pass) {
      Value m = ux ? user_method(vm, x, vm.q.eq) : Value::null();
      if (!m.is_null()) {
        Value r;
        CPY_VM_CHECK(call_special(vm, m, x, y, &r));
        if (r != Value::not_implemented()) return truthy(vm, r, out);
      }
      std::swap(x, y);
      std::swap(ux, uy);
    }
    if (ka == Kind::kInstance || kb == Kind::kInstance) {
      *out = a == b;
      return Status::kOk;
    }
  }
  if (a == b && ka != Kind::kFloat && ka != Kind::kComplex) {
    *out = true;
    return Status::kOk;
  }
  if ((ka == Kind::kComplex || kb == Kind::kComplex) && is_complex_operand(ka) && is_complex_operand(kb)) {
    return complex_equal(vm, a, b, out);
  }
  if (is_number_kind(ka) && is_number_kind(kb)) {
    if (is_intlike_kind(ka) && is_intlike_kind(kb)) {
      *out = int_compare(vm, a, b) == 0;
    } else if (ka == Kind::kFloat && kb == Kind::kFloat) {
      *out = a.as<Float>()->value == b.as<Float>()->value;
    } else {
      bool int_left = is_intlike_kind(ka);
      int c = 0;
      bool unordered = false;
      CPY_VM_CHECK(int_float_compare(vm, int_left ? a : b, (int_left ? b : a).as<Float>()->value, &c, &unordered));
      *out = !unordered && c == 0;
    }
    return Status::kOk;
  }
  if (ka == Kind::kStr && kb == Kind::kStr) {
    *out = str_view(vm, a) == str_view(vm, b);
    return Status::kOk;
  }
  if ((ka == Kind::kBytes || ka == Kind::kBytearray) && (kb == Kind::kBytes || kb == Kind::kBytearray)) {
    *out = bytes_view(vm, a) == bytes_view(vm, b);
    return Status::kOk;
  }
  if (ka == kb && (ka == Kind::kTuple || ka == Kind::kList)) {
    Value *ia, *ib;
    size_t na, nb;
    seq_items(vm, a, &ia, &na);
    seq_items(vm, b, &ib, &nb);
    return seq_equal(vm, ia, na, ib, nb, out);
  }
  if (ka == Kind::kDict && kb == Kind::kDict) return map_equal(vm, a, b, true, out);
  if ((ka == Kind::kSet || ka == Kind::kFrozenset) && (kb == Kind::kSet || kb == Kind::kFrozenset)) {
    return map_equal(vm, a, b, false, out);
  }
  if (ka == Kind::kRange && kb == Kind::kRange) {
    Range* ra = a.as<Range>();
    Range* rb = b.as<Range>();
    intptr_t la = range_len(ra), lb = range_len(rb);
    *out = la == lb && (la == 0 || (ra->start == rb->start && (la == 1 || ra->step == rb->step)));
    return Status::kOk;
  }
  if (ka == Kind::kDictView || kb == Kind::kDictView || ka == Kind::kSet || kb == Kind::kSet) {
    Value r;
    CPY_VM_CHECK(native_binary(vm, kEq, a, b, &r));
    if (r != Value::not_implemented()) {
      *out = r == Value::true_value();
      return Status::kOk;
    }
  }
  return Status::kOk;
}

Status less_than(Vm& vm, Value a, Value b, bool* out) {
  Value r;
  CPY_VM_CHECK(binary_op(vm, kLt, a, b, &r));
  return truthy(vm, r, out);
}

namespace {
uint32_t mix(uint32_t h, uint32_t v) { return (h ^ v) * 1000003u + 0x345678u; }

// Equal numbers hash alike: an integral float hashes as the int.
Status float_hash(Vm& vm, double d, uint32_t* out) {
  if (d == std::floor(d) && std::fabs(d) < 4e18) {
    Value i;
    CPY_VM_CHECK(int_from_double(vm, d, &i));
    return hash_value(vm, i, out);
  }
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  *out = uint32_t(bits ^ (bits >> 32));
  return Status::kOk;
}
}  // namespace

Status hash_value(Vm& vm, Value v, uint32_t* out) {
  if (v.is_qstr()) {
    *out = vm.qstrs.hash(v.qstr_id());
    return Status::kOk;
  }
  if (!v.is_object()) {
    *out = Map::simple_hash(v);
    return Status::kOk;
  }
  Type* t = v.as<Obj>()->type;
  switch (protocol_kind(vm, t, vm.q.hash)) {
    case Kind::kStr:
      *out = str_hash(vm, v);
      return Status::kOk;
    case Kind::kBytes:
      *out = QstrPool::hash_text(bytes_view(vm, v));
      return Status::kOk;
    case Kind::kInt:
      return int_hash(vm, v, out);
    case Kind::kFloat:
      return float_hash(vm, v.as<Float>()->value, out);
    case Kind::kComplex: {
      // A complex with no imaginary part hashes as its real part.
      Cplx z = complex_of(v);
      uint32_t hr, hi = 0;
      CPY_VM_CHECK(float_hash(vm, z.re, &hr));
      if (z.im != 0.0) CPY_VM_CHECK(float_hash(vm, z.im, &hi));
      *out = hr + 1000003u * hi;
      return Status::kOk;
    }
    case Kind::kTuple: {
      DepthGuard guard(vm);  // nested tuples recurse
      if (guard.too_deep()) return raise_recursion(vm);
      Tuple* tup = v.as<Tuple>();
      uint32_t h = 0x345678u;
      for (size_t i = 0; i < tup->size; ++i) {
        uint32_t e;
        CPY_VM_CHECK(hash_value(vm, tup->items()[i], &e));
        h = mix(h, e);
      }
      *out = h;
      return Status::kOk;
    }
    case Kind::kFrozenset: {
      uint32_t h = 0x1234u;
      Map& m = v.as<Dict>()->map;
      for (size_t i = 0, used = size_t(m.end() - m.begin()); i < used; ++i) {
        if (!m.begin()[i].key.is_null()) h ^= m.hash_at(i) * 2654435761u;
      }
      *out = h;
      return Status::kOk;
    }
    case Kind::kList:
    case Kind::kDict:
    case Kind::kSet:
    case Kind::kBytearray:
      return raise(vm, Exc::TypeError, "unhashable type: '%q'", t->name);
    case Kind::kInstance: {
      Value h = user_method(vm, v, vm.q.hash);
      if (h.is_none()) return raise(vm, Exc::TypeError, "unhashable type: '%q'", t->name);
      if (!h.is_null()) {
        Value r;
        CPY_VM_CHECK(call_with_self(vm, h, v, Args{}, &r));
        if (!is_int(vm, r)) return raise(vm, Exc::TypeError, "__hash__ method should return an integer");
        if (r.is_small_int()) {
          *out = Map::simple_hash(r);
          return Status::kOk;
        }
        return hash_value(vm, r, out);
      }
      if (!user_method(vm, v, vm.q.eq).is_null()) {
        return raise(vm, Exc::TypeError, "unhashable type: '%q'", t->name);
      }
      break;
    }
    default:
      break;
  }
  *out = Map::simple_hash(Value::small_int(intptr_t(v.bits() >> 3)));
  return Status::kOk;
}

Status truthy(Vm& vm, Value v, bool* out) {
  if (v == Value::true_value()) {
    *out = true;
    return Status::kOk;
  }
  if (v == Value::false_value() || v.is_none()) {
    *out = false;
    return Status::kOk;
  }
  if (v.is_small_int()) {
    *out = v.small_int_value() != 0;
    return Status::kOk;
  }
  if (v.is_qstr()) {
    *out = !vm.qstrs.text(v.qstr_id()).empty();
    return Status::kOk;
  }
  if (!v.is_object()) {
    *out = true;
    return Status::kOk;
  }
  Type* t = v.as<Obj>()->type;
  switch (protocol_kind(vm, t, vm.q.bool_)) {
    case Kind::kInt:
      // Big ints are never zero; an int subclass's instance may hold 0.
      *out = v.as<BigIntObj>()->size != 0;
      return Status::kOk;
    case Kind::kFloat:
      *out = v.as<Float>()->value != 0.0;
      return Status::kOk;
    case Kind::kComplex:
      *out = v.as<Complex>()->real != 0.0 || v.as<Complex>()->imag != 0.0;
      return Status::kOk;
    case Kind::kStr:
    case Kind::kBytes:
      *out = v.as<Str>()->size != 0;
      return Status::kOk;
    case Kind::kInstance: {
      Value m = user_method(vm, v, vm.q.bool_);
      if (!m.is_null()) {
        Value r;
        CPY_VM_CHECK(call_with_self(vm, m, v, Args{}, &r));
        if (!r.is_bool()) return raise(vm, Exc::TypeError, "__bool__ should return bool");
        *out = r == Value::true_value();
        return Status::kOk;
      }
      m = user_method(vm, v, vm.q.len);
      if (!m.is_null()) {
        size_t n = 0;
        CPY_VM_CHECK(length(vm, v, &n));
        *out = n != 0;
        return Status::kOk;
      }
      *out = true;
      return Status::kOk;
    }
    case Kind::kTuple:
    case Kind::kList:
    case Kind::kDict:
    case Kind::kSet:
    case Kind::kFrozenset:
    case Kind::kBytearray:
    case Kind::kRange:
    case Kind::kDictView: {
      size_t n = 0;
      CPY_VM_CHECK(length(vm, v, &n));
      *out = n != 0;
      return Status::kOk;
    }
    default:
      *out = true;
      return Status::kOk;
  }
}

}  // namespace cpy::vm
