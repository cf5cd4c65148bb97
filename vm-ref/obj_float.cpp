// float, and the constructors and methods of int, float and bool.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "complex_private.h"
#include "runtime.h"

namespace cpy::vm {

Value new_float(Vm& vm, double v) {
  Float* f = alloc_obj<Float>(vm, vm.t_float);
  if (!f) return Value::null();
  f->value = v;
  return Value::object(f);
}

size_t format_float_repr(double v, char* buf, size_t size) {
  // CPython's repr: the shortest digits that read back to the same double,
  // laid out in fixed notation when the exponent is in [-4, 16).
  if (std::isnan(v)) return size_t(std::snprintf(buf, size, "nan"));
  if (std::isinf(v)) return size_t(std::snprintf(buf, size, v < 0 ? "-inf" : "inf"));
  char tmp[40];
  for (int p = 1; p <= 17; ++p) {
    std::snprintf(tmp, sizeof tmp, "%.*e", p - 1, v);
    if (std::strtod(tmp, nullptr) == v) break;
  }
  const char* s = tmp;
  bool neg = *s == '-';
  if (neg) ++s;
  char digits[24];
  size_t nd = 0;
  for (; *s && *s != 'e'; ++s) {
    if (*s >= '0' && *s <= '9') digits[nd++] = *s;
  }
  int exp10 = *s == 'e' ? std::atoi(s + 1) : 0;
  while (nd > 1 && digits[nd - 1] == '0') --nd;
  int decpt = exp10 + 1;
  size_t n = 0;
  auto put = [&](char c) {
    if (n + 1 < size) buf[n++] = c;
  };
  if (neg) put('-');
  if (decpt > 16 || decpt < -3) {
    put(digits[0]);
    if (nd > 1) {
      put('.');
      for (size_t i = 1; i < nd; ++i) put(digits[i]);
    }
    put('e');
    int e = decpt - 1;
    put(e < 0 ? '-' : '+');
    if (e < 0) e = -e;
    char eb[8];
    int en = std::snprintf(eb, sizeof eb, "%02d", e);
    for (int i = 0; i < en; ++i) put(eb[i]);
  } else if (decpt <= 0) {
    put('0');
    put('.');
    for (int i = 0; i < -decpt; ++i) put('0');
    for (size_t i = 0; i < nd; ++i) put(digits[i]);
  } else if (size_t(decpt) >= nd) {
    for (size_t i = 0; i < nd; ++i) put(digits[i]);
    for (size_t i = nd; i < size_t(decpt); ++i) put('0');
    put('.');
    put('0');
  } else {
    for (size_t i = 0; i < nd; ++i) {
      if (i == size_t(decpt)) put('.');
      put(digits[i]);
    }
  }
  buf[n] = '\0';
  return n;
}

Status float_binary_op(Vm& vm, int op, double a, double b, Value* out) {
  if (op >= kInplaceFirst && op < kOr) op += kInplaceDelta;
  double r;
  switch (op) {
    case kLt:
      *out = Value::boolean(a < b);
      return Status::kOk;
    case kGt:
      *out = Value::boolean(a > b);
      return Status::kOk;
    case kLe:
      *out = Value::boolean(a <= b);
      return Status::kOk;
    case kGe:
      *out = Value::boolean(a >= b);
      return Status::kOk;
    case kEq:
      *out = Value::boolean(a == b);
      return Status::kOk;
    case kNe:
      *out = Value::boolean(a != b);
      return Status::kOk;
    case kAdd:
      r = a + b;
      break;
    case kSub:
      r = a - b;
      break;
    case kMul:
      r = a * b;
      break;
    case kTrueDiv:
      if (b == 0.0) return raise(vm, Exc::ZeroDivisionError, "float division by zero");
      r = a / b;
      break;
    case kFloorDiv:
    case kMod: {
      if (b == 0.0) {
        return raise(vm, Exc::ZeroDivisionError, op == kMod ? "float modulo" : "float floor division by zero");
      }
      double mod = std::fmod(a, b);
      double div = (a - mod) / b;
      if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) {
          mod += b;
          div -= 1.0;
        }
      } else {
        mod = std::copysign(0.0, b);
      }
      double floordiv;
      if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
      } else {
        floordiv = std::copysign(0.0, a / b);
      }
      r = op == kMod ? mod : floordiv;
      break;
    }
    case kPow:
      if (a == 0.0 && b < 0) return raise(vm, Exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
      // A negative base to a fractional power gives a complex, as in CPython 3.
      if (a < 0 && b != std::floor(b) && std::isfinite(a) && std::isfinite(b)) {
        return complex_power(vm, Cplx{a, 0.0}, Cplx{b, 0.0}, out);
      }
      r = std::pow(a, b);
      break;
    default:
      *out = Value::not_implemented();
      return Status::kOk;
  }
  *out = CPY_VM_TRY(new_float(vm, r));
  return Status::kOk;
}

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || (s.front() >= '\t' && s.front() <= '\r'))) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || (s.back() >= '\t' && s.back() <= '\r'))) s.remove_suffix(1);
  return s;
}

Status parse_float_text(Vm& vm, std::string_view text, double* out) {
  std::string_view t = trim(text);
  char buf[128];
  size_t n = 0;
  bool ok = !t.empty() && t.size() < sizeof buf;
  for (size_t i = 0; ok && i < t.size(); ++i) {
    char c = t[i];
    if (c == '_') {
      // Underscores only between digits.
      ok = i > 0 && i + 1 < t.size() && t[i - 1] >= '0' && t[i - 1] <= '9' && t[i + 1] >= '0' && t[i + 1] <= '9';
      continue;
    }
    bool allowed = (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-' ||
                   (c | 0x20) == 'i' || (c | 0x20) == 'n' || (c | 0x20) == 'f' || (c | 0x20) == 't' ||
                   (c | 0x20) == 'y' || (c | 0x20) == 'a';
    if (!allowed) ok = false;
    buf[n++] = c;
  }
  if (ok) {
    buf[n] = '\0';
    char* end = nullptr;
    *out = std::strtod(buf, &end);
    ok = end == buf + n && n > 0;
    // strtod takes hex floats and "infinit"; CPython does not.
    if (ok) {
      for (size_t i = 0; i < n; ++i) {
        if (buf[i] == 'x' || buf[i] == 'X') ok = false;
      }
    }
  }
  if (!ok) {
    Value q = CPY_VM_TRY(new_str(vm, text));
    return raise(vm, Exc::ValueError, "could not convert string to float: %R", q);
  }
  return Status::kOk;
}

Status int_make(Vm& vm, const Args& args, Value* out) {
  if (args.n_kw) {
    // int(x, base=b)
    Value items[2] = {args.n ? args[0] : Value::null(), kw_arg(args, vm.qstrs.find("base"), Value::null())};
    if (args.n != 1 || args.n_kw != 1 || items[1].is_null()) {
      return raise(vm, Exc::TypeError, "int() takes at most 2 arguments");
    }
    return int_make(vm, Args{items, 2, 0}, out);
  }
  if (args.n == 0) {
    *out = Value::small_int(0);
    return Status::kOk;
  }
  if (args.n > 2) return raise(vm, Exc::TypeError, "int() takes at most 2 arguments");
  Value x = args[0];
  Kind k = kind_of(vm, x);
  if (args.n == 2 || k == Kind::kStr || k == Kind::kBytes || k == Kind::kBytearray) {
    intptr_t base = 10;
    if (args.n == 2) CPY_VM_CHECK(get_int(vm, args[1], &base));
    if (k != Kind::kStr && k != Kind::kBytes && k != Kind::kBytearray) {
      return raise(vm, Exc::TypeError, "int() can't convert non-string with explicit base");
    }
    if (base != 0 && (base < 2 || base > 36))
      return raise(vm, Exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
    std::string_view text = k == Kind::kStr ? str_view(vm, x) : bytes_view(vm, x);
    return int_parse(vm, text, unsigned(base), out);
  }
  if (is_native_subclass_instance(x)) k = protocol_kind(vm, type_of(vm, x), vm.q.int_);
  switch (k) {
    case Kind::kInt:
      // An int of a derived class gives a plain int.
      if (is_native_subclass_instance(x)) return int_binary_op(vm, kAdd, x, Value::small_int(0), out);
      *out = x;
      return Status::kOk;
    case Kind::kBool:
      *out = Value::small_int(x == Value::true_value());
      return Status::kOk;
    case Kind::kFloat:
      return int_from_double(vm, x.as<Float>()->value, out);
    case Kind::kInstance: {
      Value m = type_lookup(vm, type_of(vm, x), vm.q.int_);
      if (m.is_null()) m = type_lookup(vm, type_of(vm, x), vm.q.index);
      if (!m.is_null()) return call_with_self(vm, m, x, Args{}, out);
      break;
    }
    default:
      break;
  }
  return raise(vm, Exc::TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%T'",
               x);
}

Status float_make(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(check_no_kw(vm, args, "float"));
  if (args.n == 0) {
    *out = CPY_VM_TRY(new_float(vm, 0.0));
    return Status::kOk;
  }
  if (args.n > 1) return raise(vm, Exc::TypeError, "float expected at most 1 argument, got %d", int(args.n));
  Value x = args[0];
  Kind k = kind_of(vm, x);
  double d = 0;
  if (is_native_subclass_instance(x)) k = protocol_kind(vm, type_of(vm, x), vm.q.float_);
  if (k == Kind::kFloat) {
    *out = is_native_subclass_instance(x) ? new_float(vm, x.as<Float>()->value) : x;
    return out->is_null() ? Status::kRaised : Status::kOk;
  }
  if (k == Kind::kStr) {
    CPY_VM_CHECK(parse_float_text(vm, str_view(vm, x), &d));
  } else if (k == Kind::kInt || k == Kind::kBool || k == Kind::kInstance) {
    CPY_VM_CHECK(get_float(vm, x, &d));
  } else {
    return raise(vm, Exc::TypeError, "float() argument must be a string or a real number, not '%T'", x);
  }
  *out = CPY_VM_TRY(new_float(vm, d));
  return Status::kOk;
}

Status bool_make(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(check_no_kw(vm, args, "bool"));
  if (args.n > 1) return raise(vm, Exc::TypeError, "bool expected at most 1 argument, got %d", int(args.n));
  bool b = false;
  if (args.n) CPY_VM_CHECK(truthy(vm, args[0], &b));
  *out = Value::boolean(b);
  return Status::kOk;
}

Status int_bit_length(Vm& vm, const Args& args, Value* out) {
  Value v = args[0];
  if (v.is_bool()) v = Value::small_int(v == Value::true_value());
  if (v.is_small_int()) {
    intptr_t x = v.small_int_value();
    uint64_t m = x < 0 ? uint64_t(0) - uint64_t(x) : uint64_t(x);
    int n = 0;
    while (m) {
      ++n;
      m >>= 1;
    }
    *out = Value::small_int(n);
    return Status::kOk;
  }
  BigIntObj* b = v.as<BigIntObj>();
  uint32_t top = b->limbs()[b->size - 1];
  int n = 0;
  while (top) {
    ++n;
    top >>= 1;
  }
  *out = CPY_VM_TRY(new_int(vm, int64_t(b->size - 1) * 32 + n));
  return Status::kOk;
}

Status int_to_bytes(Vm& vm, const Args& args, Value* out) {
  intptr_t len = 1;
  Value len_v = args.n > 1 ? args[1] : kw_arg(args, vm.qstrs.find("length"), Value::small_int(1));
  CPY_VM_CHECK(get_int(vm, len_v, &len));
  Value order = args.n > 2 ? args[2] : kw_arg(args, vm.qstrs.find("byteorder"), Value::null());
  bool little = !order.is_null() && is_str(vm, order) && str_view(vm, order) == "little";
  if (len < 0) return raise(vm, Exc::ValueError, "length argument must be non-negative");
  bool is_signed = false;
  CPY_VM_CHECK(truthy(vm, kw_arg(args, vm.qstrs.find("signed"), Value::false_value()), &is_signed));
  Value v = args[0];
  if (v.is_bool()) v = Value::small_int(v == Value::true_value());
  if (int_compare(vm, v, Value::small_int(0)) < 0) {
    if (!is_signed) return raise(vm, Exc::OverflowError, "can't convert negative int to unsigned");
    // Two's complement: add 256**len; what is still negative does not fit.
    Value span;
    CPY_VM_CHECK(int_binary_op(vm, kLshift, Value::small_int(1), Value::small_int(8 * len), &span));
    CPY_VM_CHECK(int_binary_op(vm, kAdd, v, span, &v));
    if (len == 0 || int_compare(vm, v, Value::small_int(0)) < 0) return raise(vm, Exc::OverflowError, "int too big to convert");
    Value half;
    CPY_VM_CHECK(int_binary_op(vm, kRshift, span, Value::small_int(1), &half));
    if (int_compare(vm, v, half) < 0) return raise(vm, Exc::OverflowError, "int too big to convert");
  } else if (is_signed && len > 0) {
    Value top;
    CPY_VM_CHECK(int_binary_op(vm, kRshift, v, Value::small_int(8 * len - 1), &top));
    if (top != Value::small_int(0)) return raise(vm, Exc::OverflowError, "int too big to convert");
  }
  Buf buf(vm);
  if (!buf.reserve(size_t(len))) return Status::kRaised;
  buf.size = size_t(len);
  for (intptr_t i = 0; i < len; ++i) {
    Value byte;
    CPY_VM_CHECK(int_binary_op(vm, kAnd, v, Value::small_int(0xff), &byte));
    buf.data[little ? i : len - 1 - i] = char(byte.small_int_value());
    CPY_VM_CHECK(int_binary_op(vm, kRshift, v, Value::small_int(8), &v));
  }
  if (v != Value::small_int(0)) return raise(vm, Exc::OverflowError, "int too big to convert");
  *out = CPY_VM_TRY(buf.finish(true));
  return Status::kOk;
}

Status int_from_bytes(Vm& vm, const Args& args, Value* out) {
  // args[0] is the class.
  if (args.n < 2) return raise(vm, Exc::TypeError, "from_bytes() missing required argument 'bytes'");
  if (!is_bytes(vm, args[1])) return raise(vm, Exc::TypeError, "cannot convert '%T' object to bytes", args[1]);
  std::string_view data = bytes_view(vm, args[1]);
  Value order = args.n > 2 ? args[2] : kw_arg(args, vm.qstrs.find("byteorder"), Value::null());
  bool little = !order.is_null() && is_str(vm, order) && str_view(vm, order) == "little";
  Value r = Value::small_int(0);
  for (size_t i = 0; i < data.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(little ? data[data.size() - 1 - i] : data[i]);
    CPY_VM_CHECK(int_binary_op(vm, kLshift, r, Value::small_int(8), &r));
    CPY_VM_CHECK(int_binary_op(vm, kOr, r, Value::small_int(c), &r));
  }
  bool is_signed = false;
  CPY_VM_CHECK(truthy(vm, kw_arg(args, vm.qstrs.find("signed"), Value::false_value()), &is_signed));
  if (is_signed && !data.empty() && (static_cast<unsigned char>(little ? data.back() : data.front()) & 0x80)) {
    Value span;
    CPY_VM_CHECK(int_binary_op(vm, kLshift, Value::small_int(1), Value::small_int(intptr_t(8 * data.size())), &span));
    CPY_VM_CHECK(int_binary_op(vm, kSub, r, span, &r));
  }
  *out = r;
  return Status::kOk;
}

Status float_is_integer(Vm& vm, const Args& args, Value* out) {
  double d = 0;
  CPY_VM_CHECK(get_float(vm, args[0], &d));
  *out = Value::boolean(std::isfinite(d) && d == std::floor(d));
  return Status::kOk;
}

Status int_conjugate(Vm&, const Args& args, Value* out) {
  *out = args[0];
  return Status::kOk;
}

}  // namespace

constexpr MethodDef kIntMethods[] = {
    method_def("bit_length", &int_bit_length, 1, 1),
    method_def("to_bytes", &int_to_bytes, 1, 3, true),
    // from_bytes receives the class.
    method_def("from_bytes", &int_from_bytes, 2, 3, true, MethodKind::kClassMethod),
    method_def("conjugate", &int_conjugate, 1, 1),
};

constexpr MethodDef kFloatMethods[] = {
    method_def("is_integer", &float_is_integer, 1, 1),
    method_def("conjugate", &int_conjugate, 1, 1),
};

bool init_numbers(Vm& vm) {
  vm.t_int->make = &int_make;
  vm.t_float->make = &float_make;
  vm.t_bool->make = &bool_make;
  set_methods(vm.t_int, kIntMethods);
  set_methods(vm.t_float, kFloatMethods);
  return init_complex(vm);
}

}  // namespace cpy::vm
