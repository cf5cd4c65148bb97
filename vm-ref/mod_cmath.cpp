// The cmath module: CPython's functions, constants, results and errors.
//
// Finite arguments go through formulas arranged to avoid needless overflow
// and cancellation (square roots of 1 +- z for the inverse functions,
// scaled forms near the ends of the double range), so ordinary results
// match CPython's. Arguments with an infinite or NaN part take their result
// from a table per function, by the kind of each part, as C99 Annex G
// specifies; a few cases where the sign of the result depends on the finite
// part are computed. Errors: a pole or an infinite imaginary part where no
// limit exists is ValueError ("math domain error"), overflow of a finite
// argument's result OverflowError ("math range error").
#include <cfloat>
#include <cmath>

#include "complex_private.h"

namespace cpy::vm {

namespace {

constexpr double kLargeDouble = DBL_MAX / 4.0;                   // beyond: scale to avoid overflow
constexpr double kLn2 = 0.6931471805599453094;                   // log(2)
constexpr double kLn10 = 2.302585092994045684;                   // log(10)
constexpr double kPi = 3.141592653589793238;
constexpr double kSqrtLargeDouble = 0x1.fffffffffffffp+510;     // sqrt(kLargeDouble): atanh's threshold
constexpr double kLogLargeDouble = 0x1.6232bdd7abcd2p+9;         // log(kLargeDouble): exp/cosh/sinh/tanh's
constexpr double kSqrtDblMin = 0x1p-511;                         // sqrt(DBL_MIN)
constexpr int kScaleUp = 2 * (DBL_MANT_DIG / 2) + 1;             // sqrt of subnormals: scale by 2**53 ...
constexpr int kScaleDown = -(kScaleUp + 1) / 2;                  // ... and the root back by 2**-27

// ---- special values ---------------------------------------------------------

/// The kind of a double that selects a table entry.
enum SpecialKind { kNegInf, kNegFinite, kNegZero, kPosZero, kPosFinite, kPosInf, kNaN };

int special_kind(double d) {
  if (std::isnan(d)) return kNaN;
  if (std::isinf(d)) return d > 0 ? kPosInf : kNegInf;
  if (d == 0.0) return std::signbit(d) ? kNegZero : kPosZero;
  return d > 0 ? kPosFinite : kNegFinite;
}

/// The values a table entry can name (4 bits each: real part high, imaginary low).
double special_value(unsigned code) {
  switch (code) {
    case 0x0: return 0.0;
    case 0x1: return -0.0;
    case 0x2: return INFINITY;
    case 0x3: return -INFINITY;
    case 0x5: return kPi / 4;
    case 0x6: return -kPi / 4;
    case 0x7: return kPi / 2;
    case 0x8: return -kPi / 2;
    case 0x9: return 3 * kPi / 4;
    case 0xa: return -3 * kPi / 4;
    case 0xb: return kPi;
    case 0xc: return -kPi;
    case 0xd: return 1.0;
    case 0xe: return -1.0;
    default: return NAN;
  }
}

using Table = uint8_t[49];

/// f(z) for z with an infinite or NaN part: rows by the real part's kind,
/// columns by the imaginary part's.
Cplx special(const Table& table, Cplx z) {
  uint8_t e = table[special_kind(z.re) * 7 + special_kind(z.im)];
  return Cplx{special_value(e >> 4), special_value(e & 15)};
}

bool finite(Cplx z) { return std::isfinite(z.re) && std::isfinite(z.im); }

// Rows: real part -inf, negative, -0, +0, positive, +inf, nan; columns the
// same for the imaginary part. 0x44 (nan, nan) also marks entries that are
// never used: both parts finite, results computed, or errors.
constexpr Table kAcos = {
    0x92, 0xb2, 0xb2, 0xb3, 0xb3, 0x93, 0x42, 0x72, 0x44, 0x44, 0x44, 0x44, 0x73, 0x44, 0x72, 0x44, 0x44,
    0x44, 0x44, 0x73, 0x74, 0x72, 0x44, 0x44, 0x44, 0x44, 0x73, 0x74, 0x72, 0x44, 0x44, 0x44, 0x44, 0x73,
    0x44, 0x52, 0x02, 0x02, 0x03, 0x03, 0x53, 0x42, 0x42, 0x44, 0x44, 0x44, 0x44, 0x43, 0x44,
};
// acosh's table is log's (below).
constexpr Table kAsinh = {
    0x36, 0x31, 0x31, 0x30, 0x30, 0x35, 0x34, 0x38, 0x44, 0x44, 0x44, 0x44, 0x37, 0x44, 0x38, 0x44, 0x44,
    0x44, 0x44, 0x37, 0x44, 0x28, 0x44, 0x44, 0x44, 0x44, 0x27, 0x44, 0x28, 0x44, 0x44, 0x44, 0x44, 0x27,
    0x44, 0x26, 0x21, 0x21, 0x20, 0x20, 0x25, 0x24, 0x24, 0x44, 0x41, 0x40, 0x44, 0x24, 0x44,
};
constexpr Table kAtanh = {
    0x18, 0x18, 0x18, 0x17, 0x17, 0x17, 0x14, 0x18, 0x44, 0x44, 0x44, 0x44, 0x17, 0x44, 0x18, 0x44, 0x44,
    0x44, 0x44, 0x17, 0x14, 0x08, 0x44, 0x44, 0x44, 0x44, 0x07, 0x04, 0x08, 0x44, 0x44, 0x44, 0x44, 0x07,
    0x44, 0x08, 0x08, 0x08, 0x07, 0x07, 0x07, 0x04, 0x08, 0x44, 0x44, 0x44, 0x44, 0x07, 0x44,
};
constexpr Table kCosh = {
    0x44, 0x44, 0x20, 0x21, 0x44, 0x44, 0x24, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44,
    0x44, 0x44, 0x44, 0x40, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x40, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44,
    0x44, 0x44, 0x44, 0x21, 0x20, 0x44, 0x44, 0x24, 0x44, 0x44, 0x40, 0x40, 0x44, 0x44, 0x44,
};
constexpr Table kExp = {
    0x00, 0x44, 0x01, 0x00, 0x44, 0x00, 0x00, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44,
    0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44,
    0x44, 0x44, 0x44, 0x21, 0x20, 0x44, 0x44, 0x24, 0x44, 0x44, 0x41, 0x40, 0x44, 0x44, 0x44,
};
constexpr Table kLog = {
    0x2a, 0x2c, 0x2c, 0x2b, 0x2b, 0x29, 0x24, 0x28, 0x44, 0x44, 0x44, 0x44, 0x27, 0x44, 0x28, 0x44, 0x44,
    0x44, 0x44, 0x27, 0x44, 0x28, 0x44, 0x44, 0x44, 0x44, 0x27, 0x44, 0x28, 0x44, 0x44, 0x44, 0x44, 0x27,
    0x44, 0x26, 0x21, 0x21, 0x20, 0x20, 0x25, 0x24, 0x24, 0x44, 0x44, 0x44, 0x44, 0x24, 0x44,
};
constexpr Table kSinh = {
    0x44, 0x44, 0x31, 0x30, 0x44, 0x44, 0x24, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44,
    0x44, 0x44, 0x44, 0x04, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x04, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44,
    0x44, 0x44, 0x44, 0x21, 0x20, 0x44, 0x44, 0x24, 0x44, 0x44, 0x41, 0x40, 0x44, 0x44, 0x44,
};
constexpr Table kSqrt = {
    0x23, 0x03, 0x03, 0x02, 0x02, 0x22, 0x42, 0x23, 0x44, 0x44, 0x44, 0x44, 0x22, 0x44, 0x23, 0x44, 0x44,
    0x44, 0x44, 0x22, 0x44, 0x23, 0x44, 0x44, 0x44, 0x44, 0x22, 0x44, 0x23, 0x44, 0x44, 0x44, 0x44, 0x22,
    0x44, 0x23, 0x21, 0x21, 0x20, 0x20, 0x22, 0x24, 0x23, 0x44, 0x44, 0x44, 0x44, 0x22, 0x44,
};
constexpr Table kTanh = {
    0xe0, 0x44, 0xe1, 0xe0, 0x44, 0xe0, 0xe0, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44,
    0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44,
    0x44, 0xd0, 0x44, 0xd1, 0xd0, 0x44, 0xd0, 0xd0, 0x44, 0x44, 0x41, 0x40, 0x44, 0x44, 0x44,
};
constexpr Table kRect = {
    0x44, 0x44, 0x30, 0x31, 0x44, 0x44, 0x24, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x00, 0x44, 0x44,
    0x44, 0x44, 0x00, 0x00, 0x00, 0x44, 0x44, 0x44, 0x44, 0x00, 0x00, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44,
    0x44, 0x44, 0x44, 0x21, 0x20, 0x44, 0x44, 0x24, 0x44, 0x44, 0x40, 0x40, 0x44, 0x44, 0x44,
};

// ---- the functions ----------------------------------------------------------

/// log(hypot(x, y)) - log(2) without overflow for |x| or |y| near the top of the double range.
double log_half_hypot(double x, double y) { return std::log(std::hypot(x / 2.0, y / 2.0)); }

Cplx c_sqrt(Cplx z, MathErr*) {
  if (!finite(z)) return special(kSqrt, z);
  if (z.re == 0.0 && z.im == 0.0) return Cplx{0.0, z.im};
  double ax = std::fabs(z.re), ay = std::fabs(z.im);
  double s;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // Subnormal parts: scale up so hypot keeps its precision.
    ax = std::ldexp(ax, kScaleUp);
    s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, kScaleUp))), kScaleDown);
  } else {
    ax /= 8.0;
    s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
  }
  double d = ay / (2.0 * s);
  if (z.re >= 0.0) return Cplx{s, std::copysign(d, z.im)};
  return Cplx{d, std::copysign(s, z.im)};
}

Cplx c_acos(Cplx z, MathErr* err) {
  if (!finite(z)) return special(kAcos, z);
  if (std::fabs(z.re) > kLargeDouble || std::fabs(z.im) > kLargeDouble) {
    double l = log_half_hypot(z.re, z.im) + kLn2 * 2.0;
    double im = z.re < 0 ? -std::copysign(l, z.im) : std::copysign(l, -z.im);
    return Cplx{std::atan2(std::fabs(z.im), z.re), im};
  }
  Cplx s1 = c_sqrt(Cplx{1.0 - z.re, -z.im}, err);
  Cplx s2 = c_sqrt(Cplx{1.0 + z.re, z.im}, err);
  return Cplx{2.0 * std::atan2(s1.re, s2.re), std::asinh(s2.re * s1.im - s2.im * s1.re)};
}

Cplx c_acosh(Cplx z, MathErr* err) {
  if (!finite(z)) return special(kLog, z);
  if (std::fabs(z.re) > kLargeDouble || std::fabs(z.im) > kLargeDouble) {
    return Cplx{log_half_hypot(z.re, z.im) + kLn2 * 2.0, std::atan2(z.im, z.re)};
  }
  Cplx s1 = c_sqrt(Cplx{z.re - 1.0, z.im}, err);
  Cplx s2 = c_sqrt(Cplx{z.re + 1.0, z.im}, err);
  return Cplx{std::asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * std::atan2(s1.im, s2.re)};
}

Cplx c_asinh(Cplx z, MathErr* err) {
  if (!finite(z)) return special(kAsinh, z);
  if (std::fabs(z.re) > kLargeDouble || std::fabs(z.im) > kLargeDouble) {
    double l = log_half_hypot(z.re, z.im) + kLn2 * 2.0;
    double re = z.im >= 0 ? std::copysign(l, z.re) : -std::copysign(l, -z.re);
    return Cplx{re, std::atan2(z.im, std::fabs(z.re))};
  }
  Cplx s1 = c_sqrt(Cplx{1.0 + z.im, -z.re}, err);
  Cplx s2 = c_sqrt(Cplx{1.0 - z.im, z.re}, err);
  return Cplx{std::asinh(s1.re * s2.im - s2.re * s1.im), std::atan2(z.im, s1.re * s2.re - s1.im * s2.im)};
}

Cplx c_atanh(Cplx z, MathErr* err) {
  if (!finite(z)) return special(kAtanh, z);
  if (z.re < 0) {
    // atanh is odd: work in the right half-plane.
    Cplx r = c_atanh(Cplx{-z.re, -z.im}, err);
    return Cplx{-r.re, -r.im};
  }
  double ay = std::fabs(z.im);
  if (z.re > kSqrtLargeDouble || ay > kSqrtLargeDouble) {
    double h = std::hypot(z.re / 2.0, z.im / 2.0);
    return Cplx{z.re / 4.0 / h / h, -std::copysign(kPi / 2, -z.im)};
  }
  if (z.re == 1.0 && ay < kSqrtDblMin) {
    if (ay == 0.0) {
      *err = MathErr::kDomain;  // the pole at 1
      return Cplx{INFINITY, z.im};
    }
    return Cplx{-std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.0))),
                std::copysign(std::atan2(2.0, -ay) / 2.0, z.im)};
  }
  double one_minus = 1.0 - z.re;
  return Cplx{std::log1p(4.0 * z.re / (one_minus * one_minus + ay * ay)) / 4.0,
              -std::atan2(-2.0 * z.im, one_minus * (1.0 + z.re) - ay * ay) / 2.0};
}

Cplx c_exp(Cplx z, MathErr* err) {
  if (!finite(z)) {
    Cplx r;
    if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0.0) {
      double mag = z.re > 0 ? INFINITY : 0.0;
      r = Cplx{std::copysign(mag, std::cos(z.im)), std::copysign(mag, std::sin(z.im))};
    } else {
      r = special(kExp, z);
    }
    // No limit along an infinite imaginary part unless the modulus goes to 0.
    if (std::isinf(z.im) && (std::isfinite(z.re) || (std::isinf(z.re) && z.re > 0))) *err = MathErr::kDomain;
    return r;
  }
  Cplx r;
  if (z.re > kLogLargeDouble) {
    double l = std::exp(z.re - 1.0);
    r = Cplx{l * std::cos(z.im) * M_E, l * std::sin(z.im) * M_E};
  } else {
    double l = std::exp(z.re);
    r = Cplx{l * std::cos(z.im), l * std::sin(z.im)};
  }
  if (std::isinf(r.re) || std::isinf(r.im)) *err = MathErr::kRange;
  return r;
}

Cplx c_log(Cplx z, MathErr* err) {
  if (!finite(z)) return special(kLog, z);
  double ax = std::fabs(z.re), ay = std::fabs(z.im);
  double re;
  if (ax > kLargeDouble || ay > kLargeDouble) {
    re = std::log(std::hypot(ax / 2.0, ay / 2.0)) + kLn2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0.0 || ay > 0.0) {
      // hypot would be subnormal: scale by 2**53 first.
      re = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * kLn2;
    } else {
      *err = MathErr::kDomain;  // log(0)
      return Cplx{-INFINITY, std::atan2(z.im, z.re)};
    }
  } else {
    double h = std::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      // Near the unit circle log1p keeps the digits log(h) would lose.
      double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      re = std::log1p((am - 1) * (am + 1) + an * an) / 2.0;
    } else {
      re = std::log(h);
    }
  }
  return Cplx{re, std::atan2(z.im, z.re)};
}

Cplx c_log10(Cplx z, MathErr* err) {
  Cplx r = c_log(z, err);
  return Cplx{r.re / kLn10, r.im / kLn10};
}

/// cosh and sinh: [sinh] picks which.
Cplx c_cosh_sinh(Cplx z, MathErr* err, bool sinh) {
  if (!finite(z)) {
    Cplx r;
    if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0.0) {
      double c = std::cos(z.im), s = std::sin(z.im);
      if (sinh) {
        r = Cplx{z.re > 0 ? std::copysign(INFINITY, c) : -std::copysign(INFINITY, c), std::copysign(INFINITY, s)};
      } else {
        r = Cplx{std::copysign(INFINITY, c), z.re > 0 ? std::copysign(INFINITY, s) : -std::copysign(INFINITY, s)};
      }
    } else {
      r = special(sinh ? kSinh : kCosh, z);
    }
    if (std::isinf(z.im) && !std::isnan(z.re)) *err = MathErr::kDomain;
    return r;
  }
  double c = std::cos(z.im), s = std::sin(z.im);
  Cplx r;
  if (std::fabs(z.re) > kLogLargeDouble) {
    // cosh(x) overflows before cosh(x) * cos(y) does: take a factor e out.
    double x1 = z.re - std::copysign(1.0, z.re);
    double ch = std::cosh(x1), sh = std::sinh(x1);
    r = sinh ? Cplx{c * sh * M_E, s * ch * M_E} : Cplx{c * ch * M_E, s * sh * M_E};
  } else {
    double ch = std::cosh(z.re), sh = std::sinh(z.re);
    r = sinh ? Cplx{c * sh, s * ch} : Cplx{c * ch, s * sh};
  }
  if (std::isinf(r.re) || std::isinf(r.im)) *err = MathErr::kRange;
  return r;
}

Cplx c_cosh(Cplx z, MathErr* err) { return c_cosh_sinh(z, err, false); }
Cplx c_sinh(Cplx z, MathErr* err) { return c_cosh_sinh(z, err, true); }

Cplx c_tanh(Cplx z, MathErr* err) {
  if (!finite(z)) {
    Cplx r;
    if (std::isinf(z.re) && std::isfinite(z.im)) {
      r = Cplx{z.re > 0 ? 1.0 : -1.0, std::copysign(0.0, 2.0 * std::sin(z.im) * std::cos(z.im))};
    } else {
      r = special(kTanh, z);
    }
    if (std::isinf(z.im) && std::isfinite(z.re)) *err = MathErr::kDomain;
    return r;
  }
  if (std::fabs(z.re) > kLogLargeDouble) {
    return Cplx{std::copysign(1.0, z.re), 4.0 * std::sin(z.im) * std::cos(z.im) * std::exp(-2.0 * std::fabs(z.re))};
  }
  double tx = std::tanh(z.re), ty = std::tan(z.im), cx = 1.0 / std::cosh(z.re);
  double txty = tx * ty;
  double denom = 1.0 + txty * txty;
  return Cplx{tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx};
}

// The circular functions through the hyperbolic ones: f(z) = -i g(iz) or g(iz).
Cplx rotate_in(Cplx z) { return Cplx{-z.im, z.re}; }
Cplx rotate_out(Cplx r) { return Cplx{r.im, -r.re}; }
Cplx c_asin(Cplx z, MathErr* err) { return rotate_out(c_asinh(rotate_in(z), err)); }
Cplx c_atan(Cplx z, MathErr* err) { return rotate_out(c_atanh(rotate_in(z), err)); }
Cplx c_sin(Cplx z, MathErr* err) { return rotate_out(c_sinh(rotate_in(z), err)); }
Cplx c_tan(Cplx z, MathErr* err) { return rotate_out(c_tanh(rotate_in(z), err)); }
Cplx c_cos(Cplx z, MathErr* err) { return c_cosh(rotate_in(z), err); }

// ---- Python bindings --------------------------------------------------------

Status math_error(Vm& vm, MathErr err) {
  if (err == MathErr::kDomain) return raise(vm, Exc::ValueError, "math domain error");
  return raise(vm, Exc::OverflowError, "math range error");
}

using CFn = Cplx (*)(Cplx, MathErr*);

template <CFn F>
Status cmath1(Vm& vm, const Args& args, Value* out) {
  Cplx z{};
  CPY_VM_CHECK(to_complex(vm, args[0], &z));
  MathErr err = MathErr::kNone;
  Cplx r = F(z, &err);
  if (err != MathErr::kNone) return math_error(vm, err);
  *out = CPY_VM_TRY(new_complex(vm, r));
  return Status::kOk;
}

Status cmath_log(Vm& vm, const Args& args, Value* out) {
  Cplx z, base;
  CPY_VM_CHECK(to_complex(vm, args[0], &z));
  if (args.n > 1) CPY_VM_CHECK(to_complex(vm, args[1], &base));
  MathErr err = MathErr::kNone;
  Cplx r = c_log(z, &err);
  if (args.n > 1) {
    // Only the base's logarithm and the division decide the error.
    err = MathErr::kNone;
    Cplx lb = c_log(base, &err);
    r = c_quot(r, lb, &err);
  }
  if (err != MathErr::kNone) return math_error(vm, err);
  *out = CPY_VM_TRY(new_complex(vm, r));
  return Status::kOk;
}

Status cmath_phase(Vm& vm, const Args& args, Value* out) {
  Cplx z{};
  CPY_VM_CHECK(to_complex(vm, args[0], &z));
  double r = std::atan2(z.im, z.re);
  // CPython (with glibc) reports an angle that underflows to zero as a range error.
  if (r == 0.0 && z.im != 0.0 && std::isfinite(z.re)) return math_error(vm, MathErr::kRange);
  *out = CPY_VM_TRY(new_float(vm, r));
  return Status::kOk;
}

Status cmath_polar(Vm& vm, const Args& args, Value* out) {
  Cplx z{};
  CPY_VM_CHECK(to_complex(vm, args[0], &z));
  MathErr err = MathErr::kNone;
  double r = c_abs(z, &err);
  if (err != MathErr::kNone) return math_error(vm, err);
  Value items[2] = {CPY_VM_TRY(new_float(vm, r)), Value::null()};
  items[1] = CPY_VM_TRY(new_float(vm, std::atan2(z.im, z.re)));
  *out = CPY_VM_TRY(new_tuple(vm, 2, items));
  return Status::kOk;
}

Status cmath_rect(Vm& vm, const Args& args, Value* out) {
  double r, phi;
  CPY_VM_CHECK(get_float(vm, args[0], &r));
  CPY_VM_CHECK(get_float(vm, args[1], &phi));
  Cplx z{};
  if (!std::isfinite(r) || !std::isfinite(phi)) {
    if (std::isinf(r) && std::isfinite(phi) && phi != 0.0) {
      double c = std::copysign(INFINITY, std::cos(phi)), s = std::copysign(INFINITY, std::sin(phi));
      z = r > 0 ? Cplx{c, s} : Cplx{-c, -s};
    } else {
      z = special(kRect, Cplx{r, phi});
    }
    if (r != 0.0 && !std::isnan(r) && std::isinf(phi)) return math_error(vm, MathErr::kDomain);
  } else if (phi == 0.0) {
    z = Cplx{r, r * phi};  // keeps the sign of a zero angle exact
  } else {
    z = Cplx{r * std::cos(phi), r * std::sin(phi)};
  }
  *out = CPY_VM_TRY(new_complex(vm, z));
  return Status::kOk;
}

Status cmath_pred(Vm& vm, const Args& args, int which, Value* out) {
  Cplx z{};
  CPY_VM_CHECK(to_complex(vm, args[0], &z));
  bool r;
  if (which == 0) {
    r = std::isnan(z.re) || std::isnan(z.im);
  } else if (which == 1) {
    r = std::isinf(z.re) || std::isinf(z.im);
  } else {
    r = finite(z);
  }
  *out = Value::boolean(r);
  return Status::kOk;
}
Status cmath_isnan(Vm& vm, const Args& a, Value* o) { return cmath_pred(vm, a, 0, o); }
Status cmath_isinf(Vm& vm, const Args& a, Value* o) { return cmath_pred(vm, a, 1, o); }
Status cmath_isfinite(Vm& vm, const Args& a, Value* o) { return cmath_pred(vm, a, 2, o); }

/// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
Status cmath_isclose(Vm& vm, const Args& args, Value* out) {
  Cplx a, b;
  double rel = 1e-9, abs_tol = 0.0;
  for (size_t i = 0; i < args.n_kw; ++i) {
    uint32_t name = args.kw_name(i).qstr_id();
    std::string_view text = vm.qstrs.text(name);
    if (text != "rel_tol" && text != "abs_tol") {
      return raise(vm, Exc::TypeError, "isclose() got an unexpected keyword argument '%q'", name);
    }
    CPY_VM_CHECK(get_float(vm, args.kw_value(i), text == "rel_tol" ? &rel : &abs_tol));
  }
  CPY_VM_CHECK(to_complex(vm, args[0], &a));
  CPY_VM_CHECK(to_complex(vm, args[1], &b));
  if (rel < 0.0 || abs_tol < 0.0) return raise(vm, Exc::ValueError, "tolerances must be non-negative");
  bool close;
  if (a.re == b.re && a.im == b.im) {
    close = true;  // also equal infinities
  } else if (std::isinf(a.re) || std::isinf(a.im) || std::isinf(b.re) || std::isinf(b.im)) {
    close = false;
  } else {
    MathErr err = MathErr::kNone;
    double diff = c_abs(Cplx{a.re - b.re, a.im - b.im}, &err);
    close = diff <= rel * c_abs(b, &err) || diff <= rel * c_abs(a, &err) || diff <= abs_tol;
  }
  *out = Value::boolean(close);
  return Status::kOk;
}

constexpr MethodDef kFns[] = {
    method_def("sqrt", &cmath1<c_sqrt>, 1, 1),
    method_def("exp", &cmath1<c_exp>, 1, 1),
    method_def("log", &cmath_log, 1, 2),
    method_def("log10", &cmath1<c_log10>, 1, 1),
    method_def("sin", &cmath1<c_sin>, 1, 1),
    method_def("cos", &cmath1<c_cos>, 1, 1),
    method_def("tan", &cmath1<c_tan>, 1, 1),
    method_def("asin", &cmath1<c_asin>, 1, 1),
    method_def("acos", &cmath1<c_acos>, 1, 1),
    method_def("atan", &cmath1<c_atan>, 1, 1),
    method_def("sinh", &cmath1<c_sinh>, 1, 1),
    method_def("cosh", &cmath1<c_cosh>, 1, 1),
    method_def("tanh", &cmath1<c_tanh>, 1, 1),
    method_def("asinh", &cmath1<c_asinh>, 1, 1),
    method_def("acosh", &cmath1<c_acosh>, 1, 1),
    method_def("atanh", &cmath1<c_atanh>, 1, 1),
    method_def("phase", &cmath_phase, 1, 1),
    method_def("polar", &cmath_polar, 1, 1),
    method_def("rect", &cmath_rect, 2, 2),
    method_def("isfinite", &cmath_isfinite, 1, 1),
    method_def("isinf", &cmath_isinf, 1, 1),
    method_def("isnan", &cmath_isnan, 1, 1),
    method_def("isclose", &cmath_isclose, 2, 2, true),
};

bool init_module(Vm& vm, Module*, Value g) {
  return put(vm, g, "pi", new_float(vm, kPi)) && put(vm, g, "e", new_float(vm, M_E)) &&
         put(vm, g, "tau", new_float(vm, 2 * kPi)) && put(vm, g, "inf", new_float(vm, INFINITY)) &&
         put(vm, g, "infj", new_complex(vm, 0.0, INFINITY)) && put(vm, g, "nan", new_float(vm, NAN)) &&
         put(vm, g, "nanj", new_complex(vm, 0.0, NAN));
}
}  // namespace

const ModuleDef kModule_cmath = module_def(kFns, &init_module);

}  // namespace cpy::vm
