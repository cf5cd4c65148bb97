// complex: the object, its constructor (numbers and strings), arithmetic,
// equality and repr, with CPython 3.11's results and errors.
//
// Mixed arithmetic turns the other operand into a complex first (1 + 2j is
// complex(1, 0) + 2j), as CPython 3.11 does; division is Smith's method and
// a power with a small integral exponent is computed by repeated squaring,
// so ordinary results match CPython's to the last bit.
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "complex_private.h"

namespace cpy::vm {

Value new_complex(Vm& vm, double re, double im) {
  Complex* c = alloc_obj<Complex>(vm, vm.t_complex);
  if (!c) return Value::null();
  c->real = re;
  c->imag = im;
  return Value::object(c);
}

bool is_complex_operand(Kind k) {
  return k == Kind::kInt || k == Kind::kBool || k == Kind::kFloat || k == Kind::kComplex;
}

namespace {

Status int_as_double(Vm& vm, Value v, double* out) {
  *out = int_to_double(vm, v);
  if (!std::isfinite(*out)) return raise(vm, Exc::OverflowError, "int too large to convert to float");
  return Status::kOk;
}

}  // namespace

Status complex_operand(Vm& vm, Value v, Cplx* out) {
  switch (kind_of(vm, v)) {
    case Kind::kComplex:
      *out = complex_of(v);
      return Status::kOk;
    case Kind::kFloat:
      *out = Cplx{v.as<Float>()->value, 0.0};
      return Status::kOk;
    default:
      out->im = 0.0;
      return int_as_double(vm, v, &out->re);
  }
}

namespace {

/// The method [name] of an instance's class, or null.
Value instance_method(Vm& vm, Value v, const char* name) {
  if (kind_of(vm, v) != Kind::kInstance) return Value::null();
  uint32_t id = vm.qstrs.find(name);
  return id ? type_lookup(vm, type_of(vm, v), id) : Value::null();
}

/// __complex__ of [v] when its class has one: [*found] tells.
Status call_dunder_complex(Vm& vm, Value v, Cplx* out, bool* found) {
  *found = false;
  Value m = instance_method(vm, v, "__complex__");
  if (m.is_null()) return Status::kOk;
  Value r;
  CPY_VM_CHECK(call_with_self(vm, m, v, Args{}, &r));
  if (kind_of(vm, r) != Kind::kComplex) {
    return raise(vm, Exc::TypeError, "__complex__ returned non-complex (type %T)", r);
  }
  *out = complex_of(r);
  *found = true;
  return Status::kOk;
}

/// Whether float() would take [v] as a number: int, bool, float, or an
/// instance with __float__ or __index__.
bool is_real_like(Vm& vm, Value v) {
  Kind k = kind_of(vm, v);
  if (k == Kind::kInt || k == Kind::kBool || k == Kind::kFloat) return true;
  if (k != Kind::kInstance) return false;
  return !type_lookup(vm, type_of(vm, v), vm.q.float_).is_null() ||
         !type_lookup(vm, type_of(vm, v), vm.q.index).is_null();
}

/// float(v) of a number: int, bool, float, __float__, then __index__.
Status real_value(Vm& vm, Value v, double* out) {
  Kind k = kind_of(vm, v);
  if (k == Kind::kInt || k == Kind::kBool) return int_as_double(vm, v, out);
  if (k == Kind::kInstance && type_lookup(vm, type_of(vm, v), vm.q.float_).is_null()) {
    Value m = type_lookup(vm, type_of(vm, v), vm.q.index);
    if (!m.is_null()) {
      Value r;
      CPY_VM_CHECK(call_with_self(vm, m, v, Args{}, &r));
      if (!is_int(vm, r)) return raise(vm, Exc::TypeError, "__index__ returned non-int (type %T)", r);
      return int_as_double(vm, r, out);
    }
  }
  return get_float(vm, v, out);
}

}  // namespace

Status to_complex(Vm& vm, Value v, Cplx* out) {
  if (kind_of(vm, v) == Kind::kComplex) {
    *out = complex_of(v);
    return Status::kOk;
  }
  bool found = false;
  CPY_VM_CHECK(call_dunder_complex(vm, v, out, &found));
  if (found) return Status::kOk;
  out->im = 0.0;
  return real_value(vm, v, &out->re);
}

// ---- arithmetic -------------------------------------------------------------

Cplx c_quot(Cplx a, Cplx b, MathErr* err) {
  // Smith's method: divide through by the larger part of the divisor so
  // that nothing overflows or underflows on the way.
  double abs_re = std::fabs(b.re), abs_im = std::fabs(b.im);
  if (abs_re >= abs_im) {
    if (abs_re == 0.0) {
      *err = MathErr::kDomain;
      return Cplx{0.0, 0.0};
    }
    double ratio = b.im / b.re;
    double denom = b.re + b.im * ratio;
    return Cplx{(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abs_im >= abs_re) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    return Cplx{(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  // A NaN in the divisor.
  return Cplx{NAN, NAN};
}

double c_abs(Cplx z, MathErr* err) {
  if (!std::isfinite(z.re) || !std::isfinite(z.im)) {
    // An infinite part wins over a NaN in the other.
    if (std::isinf(z.re)) return std::fabs(z.re);
    if (std::isinf(z.im)) return std::fabs(z.im);
    return NAN;
  }
  double r = std::hypot(z.re, z.im);
  if (!std::isfinite(r)) *err = MathErr::kRange;
  return r;
}

namespace {

Cplx c_prod(Cplx a, Cplx b) { return Cplx{a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

/// z ** n for n >= 0 by repeated squaring.
Cplx c_pow_unsigned(Cplx z, long n) {
  Cplx r{1.0, 0.0};
  Cplx p = z;
  for (long bit = 1; bit > 0 && n >= bit; bit <<= 1) {
    if (n & bit) r = c_prod(r, p);
    p = c_prod(p, p);
  }
  return r;
}

Cplx c_pow_int(Cplx z, long n, MathErr* err) {
  if (n > 0) return c_pow_unsigned(z, n);
  return c_quot(Cplx{1.0, 0.0}, c_pow_unsigned(z, -n), err);
}

/// a ** b through polar form.
Cplx c_pow_general(Cplx a, Cplx b, MathErr* err) {
  if (b.re == 0.0 && b.im == 0.0) return Cplx{1.0, 0.0};
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) *err = MathErr::kDomain;
    return Cplx{0.0, 0.0};
  }
  double mag = std::hypot(a.re, a.im);
  double len = std::pow(mag, b.re);
  double angle = std::atan2(a.im, a.re);
  double phase = angle * b.re;
  if (b.im != 0.0) {
    len /= std::exp(angle * b.im);
    phase += b.im * std::log(mag);
  }
  // CPython reports the domain error C's cos and sin signal for an infinite
  // angle as ZeroDivisionError; do the same.
  if (std::isinf(phase)) *err = MathErr::kDomain;
  return Cplx{len * std::cos(phase), len * std::sin(phase)};
}

}  // namespace

Status complex_power(Vm& vm, Cplx a, Cplx b, Value* out) {
  MathErr err = MathErr::kNone;
  Cplx p;
  if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
    p = c_pow_int(a, long(b.re), &err);
  } else {
    p = c_pow_general(a, b, &err);
  }
  if (err == MathErr::kNone && (std::isinf(p.re) || std::isinf(p.im))) err = MathErr::kRange;
  if (err == MathErr::kDomain) return raise(vm, Exc::ZeroDivisionError, "0.0 to a negative or complex power");
  if (err == MathErr::kRange) return raise(vm, Exc::OverflowError, "complex exponentiation");
  *out = CPY_VM_TRY(new_complex(vm, p));
  return Status::kOk;
}

Status complex_binary_op(Vm& vm, int op, Value a, Value b, Value* out) {
  *out = Value::not_implemented();
  if (!is_complex_operand(kind_of(vm, a)) || !is_complex_operand(kind_of(vm, b))) return Status::kOk;
  if (op >= kInplaceFirst && op < kOr) op += kInplaceDelta;
  if (op != kAdd && op != kSub && op != kMul && op != kTrueDiv && op != kPow) return Status::kOk;
  Cplx x, y;
  CPY_VM_CHECK(complex_operand(vm, a, &x));
  CPY_VM_CHECK(complex_operand(vm, b, &y));
  Cplx r;
  switch (op) {
    case kAdd:
      r = Cplx{x.re + y.re, x.im + y.im};
      break;
    case kSub:
      r = Cplx{x.re - y.re, x.im - y.im};
      break;
    case kMul:
      r = c_prod(x, y);
      break;
    case kTrueDiv: {
      MathErr err = MathErr::kNone;
      r = c_quot(x, y, &err);
      if (err != MathErr::kNone) return raise(vm, Exc::ZeroDivisionError, "complex division by zero");
      break;
    }
    default:
      return complex_power(vm, x, y, out);
  }
  *out = CPY_VM_TRY(new_complex(vm, r));
  return Status::kOk;
}

Status complex_equal(Vm& vm, Value a, Value b, bool* out) {
  if (kind_of(vm, a) != Kind::kComplex) {
    Value t = a;
    a = b;
    b = t;
  }
  Cplx x = complex_of(a);
  Kind kb = kind_of(vm, b);
  *out = false;
  if (kb == Kind::kComplex) {
    Cplx y = complex_of(b);
    *out = x.re == y.re && x.im == y.im;
    return Status::kOk;
  }
  if (x.im != 0.0) return Status::kOk;
  if (kb == Kind::kFloat) {
    *out = x.re == b.as<Float>()->value;
    return Status::kOk;
  }
  // An int: exactly, also when it is too large for a float.
  if (!std::isfinite(x.re) || int_to_double(vm, b) != x.re) return Status::kOk;
  if (std::fabs(x.re) < 9007199254740992.0) {  // below 2**53 the int is exactly the double
    *out = true;
    return Status::kOk;
  }
  Value as_int;
  CPY_VM_CHECK(int_from_double(vm, x.re, &as_int));
  *out = int_compare(vm, as_int, b) == 0;
  return Status::kOk;
}

// ---- repr -------------------------------------------------------------------

namespace {

/// One part of a complex repr: the float's repr without a trailing ".0",
/// with an explicit sign when [sign].
void add_part(Buf& buf, double v, bool sign) {
  char tmp[40];
  size_t n = format_float_repr(v, tmp, sizeof tmp);
  if (n >= 2 && tmp[n - 2] == '.' && tmp[n - 1] == '0') n -= 2;
  if (sign && tmp[0] != '-') buf.add_char('+');
  buf.add(std::string_view(tmp, n));
}

}  // namespace

void complex_repr_into(Buf& buf, double re, double im) {
  // A real part of +0.0 is left out; -0.0 and NaN are shown.
  bool show_real = !(re == 0.0 && !std::signbit(re));
  if (show_real) {
    buf.add_char('(');
    add_part(buf, re, false);
  }
  add_part(buf, im, show_real);
  buf.add(show_real ? "j)" : "j");
}

// ---- complex("...") ---------------------------------------------------------

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f'); }

/// Whether the code point [cp] beyond ASCII is whitespace to str.isspace().
bool is_unicode_space(uint32_t cp) {
  return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

/// Length of the float at the start of [s]: an optional sign, then digits
/// with an optional fraction and exponent, or inf, infinity, nan in any
/// case; 0 when there is none.
size_t scan_float(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  auto word = [&](std::string_view w) {
    if (s.size() - i < w.size()) return false;
    for (size_t k = 0; k < w.size(); ++k) {
      if ((s[i + k] | 0x20) != w[k]) return false;
    }
    return true;
  };
  if (word("infinity")) return i + 8;
  if (word("inf") || word("nan")) return i + 3;
  size_t digits = 0;
  while (i < s.size() && is_digit(s[i])) ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && is_digit(s[i])) ++i, ++digits;
  }
  if (digits == 0) return 0;
  if (i < s.size() && (s[i] | 0x20) == 'e') {
    size_t j = i + 1;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
    if (j < s.size() && is_digit(s[j])) {
      while (j < s.size() && is_digit(s[j])) ++j;
      i = j;
    }
  }
  return i;
}

/// The value of the float text [text] (already checked by scan_float).
double float_value(Vm& vm, std::string_view text, bool* ok) {
  char small[64];
  char* p = small;
  Buf big(vm);
  if (text.size() >= sizeof small) {
    big.add(text);
    big.add_char('\0');
    if (big.failed) {
      *ok = false;
      return 0;
    }
    p = big.data;
  } else {
    std::memcpy(small, text.data(), text.size());
    small[text.size()] = '\0';
  }
  *ok = true;
  return std::strtod(p, nullptr);
}

enum class ParseResult { kOk, kMalformed, kNoMemory };

/// Parses the text of complex("..."): optional whitespace and parentheses
/// around a real part, an imaginary part with `j`, or both ("1+2j"); a
/// bare `j` with a sign counts as 1.
ParseResult parse_complex(Vm& vm, std::string_view s, Cplx* out) {
  size_t i = 0;
  auto skip_space = [&] {
    while (i < s.size() && is_space(s[i])) ++i;
  };
  auto number = [&](double* v) {
    size_t n = scan_float(s.substr(i));
    if (n == 0) return false;
    bool ok = false;
    *v = float_value(vm, s.substr(i, n), &ok);
    i += n;
    return ok;
  };
  auto is_j = [&](size_t k) { return k < s.size() && (s[k] | 0x20) == 'j'; };
  auto is_sign = [&](size_t k) { return k < s.size() && (s[k] == '+' || s[k] == '-'); };
  double re = 0.0, im = 0.0;
  skip_space();
  bool paren = i < s.size() && s[i] == '(';
  if (paren) {
    ++i;
    skip_space();
  }
  size_t start = i;
  double x;
  if (number(&x)) {
    if (is_j(i)) {
      im = x;
      ++i;
    } else if (is_sign(i)) {
      re = x;
      double y;
      size_t sign_at = i;
      if (number(&y)) {
        im = y;
      } else if (!vm.pending.is_null()) {
        return ParseResult::kNoMemory;
      } else if (is_j(sign_at + 1)) {
        i = sign_at + 1;
        im = s[sign_at] == '-' ? -1.0 : 1.0;
      } else {
        return ParseResult::kMalformed;
      }
      if (!is_j(i)) return ParseResult::kMalformed;
      ++i;
    } else {
      re = x;
    }
  } else {
    if (!vm.pending.is_null()) return ParseResult::kNoMemory;
    i = start;
    double sign = 1.0;
    if (is_sign(i)) sign = s[i++] == '-' ? -1.0 : 1.0;
    if (!is_j(i)) return ParseResult::kMalformed;
    ++i;
    im = sign;
  }
  skip_space();
  if (paren) {
    if (i >= s.size() || s[i] != ')') return ParseResult::kMalformed;
    ++i;
    skip_space();
  }
  if (i != s.size()) return ParseResult::kMalformed;
  *out = Cplx{re, im};
  return ParseResult::kOk;
}

/// complex(str): whitespace beyond ASCII becomes a space, other non-ASCII
/// characters make the text malformed; underscores are allowed between
/// digits only.
Status complex_from_str(Vm& vm, Value src, Value* out) {
  std::string_view text = str_view(vm, src);
  Buf clean(vm);
  if (!clean.reserve(text.size())) return Status::kRaised;
  bool bad_underscore = false;
  char prev = '\0';
  for (size_t i = 0; i < text.size();) {
    char c = text[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      uint32_t cp = utf8_decode(text, &i);
      c = is_unicode_space(cp) ? ' ' : '?';
    } else {
      ++i;
    }
    if (c == '_') {
      if (!is_digit(prev)) bad_underscore = true;
    } else {
      if (prev == '_' && !is_digit(c)) bad_underscore = true;
      clean.add_char(c);
    }
    prev = c;
  }
  if (prev == '_') bad_underscore = true;
  if (clean.failed) return Status::kRaised;
  if (bad_underscore) return raise(vm, Exc::ValueError, "could not convert string to complex: %R", src);
  Cplx z{};
  switch (parse_complex(vm, clean.view(), &z)) {
    case ParseResult::kNoMemory:
      return Status::kRaised;
    case ParseResult::kMalformed:
      return raise(vm, Exc::ValueError, "complex() arg is a malformed string");
    default:
      break;
  }
  *out = CPY_VM_TRY(new_complex(vm, z));
  return Status::kOk;
}

}  // namespace

Status complex_from_repr(Vm& vm, std::string_view text, Value* out) {
  Cplx z{};
  switch (parse_complex(vm, text, &z)) {
    case ParseResult::kNoMemory:
      return Status::kRaised;
    case ParseResult::kMalformed:
      return raise(vm, Exc::ValueError, "invalid .mpy: bad complex constant");
    default:
      break;
  }
  *out = CPY_VM_TRY(new_complex(vm, z));
  return Status::kOk;
}

// ---- the type ---------------------------------------------------------------

namespace {

/// complex(real=0, imag=0) and complex(string).
Status complex_make(Vm& vm, const Args& args, Value* out) {
  Value r = Value::null(), i = Value::null();
  if (args.n + args.n_kw > 2) {
    return raise(vm, Exc::TypeError, "complex() takes at most 2 arguments (%d given)", int(args.n + args.n_kw));
  }
  if (args.n > 0) r = args[0];
  if (args.n > 1) i = args[1];
  for (size_t k = 0; k < args.n_kw; ++k) {
    uint32_t name = args.kw_name(k).qstr_id();
    Value* slot = name == vm.q.real ? &r : name == vm.q.imag ? &i : nullptr;
    if (!slot) return raise(vm, Exc::TypeError, "'%q' is an invalid keyword argument for complex()", name);
    if (!slot->is_null()) {
      return raise(vm, Exc::TypeError, "argument for complex() given by name ('%q') and position (%d)", name,
                   name == vm.q.real ? 1 : 2);
    }
    *slot = args.kw_value(k);
  }
  if (r.is_null()) r = Value::small_int(0);
  Kind kr = kind_of(vm, r);
  if (kr == Kind::kComplex && i.is_null()) {
    *out = r;
    return Status::kOk;
  }
  if (kr == Kind::kStr) {
    if (!i.is_null()) return raise(vm, Exc::TypeError, "complex() can't take second arg if first is a string");
    return complex_from_str(vm, r, out);
  }
  if (!i.is_null() && is_str(vm, i)) return raise(vm, Exc::TypeError, "complex() second arg can't be a string");

  Cplx cr{0.0, 0.0}, ci{0.0, 0.0};
  bool r_complex = false, i_complex = false;
  CPY_VM_CHECK(call_dunder_complex(vm, r, &cr, &r_complex));
  if (!r_complex) {
    if (kr == Kind::kComplex) {
      cr = complex_of(r);
      r_complex = true;
    } else if (!is_real_like(vm, r)) {
      return raise(vm, Exc::TypeError, "complex() first argument must be a string or a number, not '%T'", r);
    }
  }
  if (!i.is_null() && kind_of(vm, i) != Kind::kComplex && !is_real_like(vm, i)) {
    return raise(vm, Exc::TypeError, "complex() second argument must be a number, not '%T'", i);
  }
  if (!r_complex) CPY_VM_CHECK(real_value(vm, r, &cr.re));
  if (!i.is_null()) {
    if (kind_of(vm, i) == Kind::kComplex) {
      ci = complex_of(i);
      i_complex = true;
    } else {
      CPY_VM_CHECK(real_value(vm, i, &ci.re));
    }
  }
  // complex(a, b) is a + b*1j, also when a or b is complex.
  double re = cr.re;
  double im = i.is_null() ? cr.im : ci.re;
  if (i_complex) re -= ci.im;
  if (r_complex && !i.is_null()) im += cr.im;
  *out = CPY_VM_TRY(new_complex(vm, re, im));
  return Status::kOk;
}

Status self_complex(Vm& vm, Value v, Cplx* out) {
  if (kind_of(vm, v) != Kind::kComplex) {
    return raise(vm, Exc::TypeError, "descriptor requires a 'complex' object but received a '%T'", v);
  }
  *out = complex_of(v);
  return Status::kOk;
}

Status complex_conjugate(Vm& vm, const Args& args, Value* out) {
  Cplx z{};
  CPY_VM_CHECK(self_complex(vm, args[0], &z));
  *out = CPY_VM_TRY(new_complex(vm, z.re, -z.im));
  return Status::kOk;
}

Status complex_dunder_complex(Vm& vm, const Args& args, Value* out) {
  Cplx z{};
  CPY_VM_CHECK(self_complex(vm, args[0], &z));
  *out = args[0];
  return Status::kOk;
}

Status complex_real(Vm& vm, const Args& args, Value* out) {
  Cplx z{};
  CPY_VM_CHECK(self_complex(vm, args[0], &z));
  *out = CPY_VM_TRY(new_float(vm, z.re));
  return Status::kOk;
}

Status complex_imag(Vm& vm, const Args& args, Value* out) {
  Cplx z{};
  CPY_VM_CHECK(self_complex(vm, args[0], &z));
  *out = CPY_VM_TRY(new_float(vm, z.im));
  return Status::kOk;
}

constexpr MethodDef kComplexMethods[] = {
    method_def("conjugate", &complex_conjugate, 1, 1),
    method_def("__complex__", &complex_dunder_complex, 1, 1),
    method_def("real", &complex_real, 1, 1, false, MethodKind::kGetter),
    method_def("imag", &complex_imag, 1, 1, false, MethodKind::kGetter),
};

}  // namespace

bool init_complex(Vm& vm) {
  vm.t_complex->make = &complex_make;
  set_methods(vm.t_complex, kComplexMethods);
  return true;
}

}  // namespace cpy::vm
