// The math module: every function MicroPython's has (and a few more of
// CPython's), with CPython's results and errors.
#include <cmath>

#include "runtime.h"

namespace cpy::vm {

namespace {

Status domain_error(Vm& vm) { return raise(vm, Exc::ValueError, "math domain error"); }
Status range_error(Vm& vm) { return raise(vm, Exc::OverflowError, "math range error"); }

/// Returns a float result, raising as CPython does: NaN from a non-NaN
/// argument is a domain error, infinity from a finite one a range error.
Status float_result(Vm& vm, double x, double r, Value* out, bool inf_is_domain = false) {
  if (std::isnan(r) && !std::isnan(x)) return domain_error(vm);
  if (std::isinf(r) && std::isfinite(x)) return inf_is_domain ? domain_error(vm) : range_error(vm);
  *out = CPY_VM_TRY(new_float(vm, r));
  return Status::kOk;
}

using Fn1 = double (*)(double);

template <Fn1 F, bool kInfIsDomain = false>
Status math1(Vm& vm, const Args& args, Value* out) {
  double x;
  CPY_VM_CHECK(get_float(vm, args[0], &x));
  return float_result(vm, x, F(x), out, kInfIsDomain);
}

double m_sqrt(double x) { return std::sqrt(x); }
double m_exp(double x) { return std::exp(x); }
double m_expm1(double x) { return std::expm1(x); }
double m_sin(double x) { return std::isinf(x) ? NAN : std::sin(x); }
double m_cos(double x) { return std::isinf(x) ? NAN : std::cos(x); }
double m_tan(double x) { return std::isinf(x) ? NAN : std::tan(x); }
double m_asin(double x) { return std::asin(x); }
double m_acos(double x) { return std::acos(x); }
double m_atan(double x) { return std::atan(x); }
double m_sinh(double x) { return std::sinh(x); }
double m_cosh(double x) { return std::cosh(x); }
double m_tanh(double x) { return std::tanh(x); }
double m_asinh(double x) { return std::asinh(x); }
double m_acosh(double x) { return std::acosh(x); }
double m_atanh(double x) { return std::fabs(x) >= 1 ? NAN : std::atanh(x); }
double m_fabs(double x) { return std::fabs(x); }
double m_erf(double x) { return std::erf(x); }
double m_erfc(double x) { return std::erfc(x); }
double m_radians(double x) { return x * (M_PI / 180.0); }
double m_degrees(double x) { return x * (180.0 / M_PI); }
double m_log2(double x) { return x <= 0 ? NAN : std::log2(x); }
double m_log10(double x) { return x <= 0 ? NAN : std::log10(x); }
double m_log1p(double x) { return x <= -1 ? NAN : std::log1p(x); }
double m_gamma(double x) {
  if (x == std::floor(x) && x <= 0) return NAN;  // poles
  if (std::isinf(x) && x < 0) return NAN;
  return std::tgamma(x);
}
double m_lgamma(double x) {
  if (x == std::floor(x) && x <= 0) return NAN;
  return std::lgamma(x);
}

Status math_log(Vm& vm, const Args& args, Value* out) {
  double x;
  CPY_VM_CHECK(get_float(vm, args[0], &x));
  if (x <= 0) return domain_error(vm);
  double r = std::log(x);
  if (args.n > 1) {
    double b;
    CPY_VM_CHECK(get_float(vm, args[1], &b));
    if (b <= 0) return domain_error(vm);
    if (b == 1) return raise(vm, Exc::ZeroDivisionError, "float division by zero");
    r /= std::log(b);
  }
  *out = CPY_VM_TRY(new_float(vm, r));
  return Status::kOk;
}

Status round_to_int(Vm& vm, const Args& args, double (*f)(double), Value* out) {
  if (is_int(vm, args[0])) return int_unary_op(vm, kPos, args[0], out);
  double x;
  CPY_VM_CHECK(get_float(vm, args[0], &x));
  if (std::isnan(x)) return raise(vm, Exc::ValueError, "cannot convert float NaN to integer");
  if (std::isinf(x)) return raise(vm, Exc::OverflowError, "cannot convert float infinity to integer");
  return int_from_double(vm, f(x), out);
}

double c_floor(double x) { return std::floor(x); }
double c_ceil(double x) { return std::ceil(x); }
double c_trunc(double x) { return std::trunc(x); }
Status math_floor(Vm& vm, const Args& a, Value* o) { return round_to_int(vm, a, &c_floor, o); }
Status math_ceil(Vm& vm, const Args& a, Value* o) { return round_to_int(vm, a, &c_ceil, o); }
Status math_trunc(Vm& vm, const Args& a, Value* o) { return round_to_int(vm, a, &c_trunc, o); }

Status math2(Vm& vm, const Args& args, double (*f)(double, double), Value* out) {
  double x, y;
  CPY_VM_CHECK(get_float(vm, args[0], &x));
  CPY_VM_CHECK(get_float(vm, args[1], &y));
  double r = f(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(vm);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return range_error(vm);
  *out = CPY_VM_TRY(new_float(vm, r));
  return Status::kOk;
}

double c_atan2(double y, double x) { return std::atan2(y, x); }
double c_pow(double x, double y) {
  if (x == 0 && y < 0) return NAN;  // CPython: ValueError
  return std::pow(x, y);
}
double c_fmod(double x, double y) { return std::isinf(x) ? NAN : std::fmod(x, y); }
double c_copysign(double x, double y) { return std::copysign(x, y); }
Status math_atan2(Vm& vm, const Args& a, Value* o) { return math2(vm, a, &c_atan2, o); }
Status math_pow(Vm& vm, const Args& a, Value* o) { return math2(vm, a, &c_pow, o); }
Status math_fmod(Vm& vm, const Args& a, Value* o) {
  double y;
  CPY_VM_CHECK(get_float(vm, a[1], &y));
  if (y == 0) return domain_error(vm);
  return math2(vm, a, &c_fmod, o);
}
Status math_copysign(Vm& vm, const Args& a, Value* o) { return math2(vm, a, &c_copysign, o); }

Status math_hypot(Vm& vm, const Args& args, Value* out) {
  double r = 0;
  for (size_t i = 0; i < args.n; ++i) {
    double x;
    CPY_VM_CHECK(get_float(vm, args[i], &x));
    r = std::hypot(r, x);
  }
  *out = CPY_VM_TRY(new_float(vm, r));
  return Status::kOk;
}

Status math_pred(Vm& vm, const Args& args, int which, Value* out) {
  double x;
  CPY_VM_CHECK(get_float(vm, args[0], &x));
  *out = Value::boolean(which == 0 ? std::isnan(x) : which == 1 ? std::isinf(x) : std::isfinite(x));
  return Status::kOk;
}
Status math_isnan(Vm& vm, const Args& a, Value* o) { return math_pred(vm, a, 0, o); }
Status math_isinf(Vm& vm, const Args& a, Value* o) { return math_pred(vm, a, 1, o); }
Status math_isfinite(Vm& vm, const Args& a, Value* o) { return math_pred(vm, a, 2, o); }

Status math_isclose(Vm& vm, const Args& args, Value* out) {
  double a, b, rel = 1e-9, abs_tol = 0;
  CPY_VM_CHECK(get_float(vm, args[0], &a));
  CPY_VM_CHECK(get_float(vm, args[1], &b));
  Value r = kw_named(vm, args, "rel_tol", Value::null());
  Value t = kw_named(vm, args, "abs_tol", Value::null());
  if (!r.is_null()) CPY_VM_CHECK(get_float(vm, r, &rel));
  if (!t.is_null()) CPY_VM_CHECK(get_float(vm, t, &abs_tol));
  if (rel < 0 || abs_tol < 0) return raise(vm, Exc::ValueError, "tolerances must be non-negative");
  bool close;
  if (a == b) {
    close = true;
  } else if (std::isinf(a) || std::isinf(b)) {
    close = false;
  } else {
    double diff = std::fabs(b - a);
    close = diff <= std::fabs(rel * b) || diff <= std::fabs(rel * a) || diff <= abs_tol;
  }
  *out = Value::boolean(close);
  return Status::kOk;
}

Status math_frexp(Vm& vm, const Args& args, Value* out) {
  double x;
  CPY_VM_CHECK(get_float(vm, args[0], &x));
  int e = 0;
  double m = std::isfinite(x) ? std::frexp(x, &e) : x;
  Value items[2] = {CPY_VM_TRY(new_float(vm, m)), Value::small_int(e)};
  *out = CPY_VM_TRY(new_tuple(vm, 2, items));
  return Status::kOk;
}

Status math_ldexp(Vm& vm, const Args& args, Value* out) {
  double x;
  intptr_t e;
  CPY_VM_CHECK(get_float(vm, args[0], &x));
  CPY_VM_CHECK(get_int(vm, args[1], &e));
  if (e > 100000) e = 100000;
  if (e < -100000) e = -100000;
  return float_result(vm, x, std::ldexp(x, int(e)), out);
}

Status math_modf(Vm& vm, const Args& args, Value* out) {
  double x, ip;
  CPY_VM_CHECK(get_float(vm, args[0], &x));
  double fp = std::isinf(x) ? std::copysign(0.0, x) : std::modf(x, &ip);
  if (std::isinf(x)) ip = x;
  Value items[2] = {CPY_VM_TRY(new_float(vm, fp)), Value::null()};
  items[1] = CPY_VM_TRY(new_float(vm, ip));
  *out = CPY_VM_TRY(new_tuple(vm, 2, items));
  return Status::kOk;
}

Status abs_int(Vm& vm, Value v, Value* out) {
  if (!is_int(vm, v)) return raise(vm, Exc::TypeError, "'%T' object cannot be interpreted as an integer", v);
  if (int_compare(vm, v, Value::small_int(0)) < 0) return int_unary_op(vm, kNeg, v, out);
  *out = v.is_bool() ? Value::small_int(v == Value::true_value()) : v;
  return Status::kOk;
}

Status math_gcd(Vm& vm, const Args& args, Value* out) {
  Value a = Value::small_int(0);
  for (size_t i = 0; i < args.n; ++i) {
    Value b;
    CPY_VM_CHECK(abs_int(vm, args[i], &b));
    while (int_compare(vm, b, Value::small_int(0)) != 0) {
      Value r;
      CPY_VM_CHECK(binary_op(vm, kMod, a, b, &r));
      a = b;
      b = r;
    }
  }
  *out = a;
  return Status::kOk;
}

Status math_lcm(Vm& vm, const Args& args, Value* out) {
  Value acc = Value::small_int(1);
  for (size_t i = 0; i < args.n; ++i) {
    Value b;
    CPY_VM_CHECK(abs_int(vm, args[i], &b));
    if (int_compare(vm, b, Value::small_int(0)) == 0) {
      *out = b;
      return Status::kOk;
    }
    Value pair[2] = {acc, b}, g, prod;
    CPY_VM_CHECK(math_gcd(vm, Args{pair, 2, 0}, &g));
    CPY_VM_CHECK(binary_op(vm, kMul, acc, b, &prod));
    CPY_VM_CHECK(binary_op(vm, kFloorDiv, prod, g, &acc));
  }
  *out = acc;
  return Status::kOk;
}

Status math_factorial(Vm& vm, const Args& args, Value* out) {
  if (!is_int(vm, args[0])) return raise(vm, Exc::TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
  intptr_t n;
  CPY_VM_CHECK(get_int(vm, args[0], &n));
  if (n < 0) return raise(vm, Exc::ValueError, "factorial() not defined for negative values");
  Value r = Value::small_int(1);
  for (intptr_t i = 2; i <= n; ++i) CPY_VM_CHECK(binary_op(vm, kMul, r, Value::small_int(i), &r));
  *out = r;
  return Status::kOk;
}

/// comb(n, k) and perm(n, k) by the product formula.
Status comb_perm(Vm& vm, const Args& args, bool comb, Value* out) {
  intptr_t n, k;
  CPY_VM_CHECK(get_int(vm, args[0], &n));
  if (args.n < 2 || args[1].is_none()) {
    k = n;
  } else {
    CPY_VM_CHECK(get_int(vm, args[1], &k));
  }
  if (n < 0) return raise(vm, Exc::ValueError, "n must be a non-negative integer");
  if (k < 0) return raise(vm, Exc::ValueError, "k must be a non-negative integer");
  if (k > n) {
    *out = Value::small_int(0);
    return Status::kOk;
  }
  if (comb && k > n - k) k = n - k;
  Value r = Value::small_int(1);
  for (intptr_t i = 0; i < k; ++i) {
    CPY_VM_CHECK(binary_op(vm, kMul, r, Value::small_int(n - i), &r));
    if (comb) CPY_VM_CHECK(binary_op(vm, kFloorDiv, r, Value::small_int(i + 1), &r));
  }
  *out = r;
  return Status::kOk;
}
Status math_comb(Vm& vm, const Args& a, Value* o) { return comb_perm(vm, a, true, o); }
Status math_perm(Vm& vm, const Args& a, Value* o) { return comb_perm(vm, a, false, o); }

Status math_isqrt(Vm& vm, const Args& args, Value* out) {
  Value n = args[0];
  if (!is_int(vm, n)) return raise(vm, Exc::TypeError, "'%T' object cannot be interpreted as an integer", n);
  if (int_compare(vm, n, Value::small_int(0)) < 0) return raise(vm, Exc::ValueError, "isqrt() argument must be nonnegative");
  if (int_compare(vm, n, Value::small_int(0)) == 0) {
    *out = Value::small_int(0);
    return Status::kOk;
  }
  // Newton's method from a power of two above the root.
  Value x = Value::small_int(1);
  Value t = n;
  while (int_compare(vm, t, Value::small_int(0)) > 0) {
    CPY_VM_CHECK(binary_op(vm, kRshift, t, Value::small_int(2), &t));
    CPY_VM_CHECK(binary_op(vm, kLshift, x, Value::small_int(1), &x));
  }
  for (;;) {
    Value q, y;
    CPY_VM_CHECK(binary_op(vm, kFloorDiv, n, x, &q));
    CPY_VM_CHECK(binary_op(vm, kAdd, x, q, &y));
    CPY_VM_CHECK(binary_op(vm, kRshift, y, Value::small_int(1), &y));
    if (int_compare(vm, y, x) >= 0) break;
    x = y;
  }
  *out = x;
  return Status::kOk;
}

Status math_fsum(Vm& vm, const Args& args, Value* out) {
  // Neumaier's compensated sum.
  Value it, v;
  CPY_VM_CHECK(get_iter(vm, args[0], &it));
  double sum = 0, c = 0;
  for (;;) {
    CPY_VM_CHECK(iter_next(vm, it, &v));
    if (v.is_null()) break;
    double x;
    CPY_VM_CHECK(get_float(vm, v, &x));
    double t = sum + x;
    c += std::fabs(sum) >= std::fabs(x) ? (sum - t) + x : (x - t) + sum;
    sum = t;
  }
  *out = CPY_VM_TRY(new_float(vm, sum + c));
  return Status::kOk;
}

Status math_prod(Vm& vm, const Args& args, Value* out) {
  Value acc = kw_named(vm, args, "start", Value::small_int(1));
  Value it, v;
  CPY_VM_CHECK(get_iter(vm, args[0], &it));
  for (;;) {
    CPY_VM_CHECK(iter_next(vm, it, &v));
    if (v.is_null()) break;
    CPY_VM_CHECK(binary_op(vm, kMul, acc, v, &acc));
  }
  *out = acc;
  return Status::kOk;
}

Status math_dist(Vm& vm, const Args& args, Value* out) {
  Value *p, *q;
  size_t np, nq;
  Value lp, lq;
  CPY_VM_CHECK(list_from_iter(vm, args[0], &lp));
  CPY_VM_CHECK(list_from_iter(vm, args[1], &lq));
  seq_items(vm, lp, &p, &np);
  seq_items(vm, lq, &q, &nq);
  if (np != nq) return raise(vm, Exc::ValueError, "both points must have the same number of dimensions");
  double r = 0;
  for (size_t i = 0; i < np; ++i) {
    double a, b;
    CPY_VM_CHECK(get_float(vm, p[i], &a));
    CPY_VM_CHECK(get_float(vm, q[i], &b));
    r = std::hypot(r, a - b);
  }
  *out = CPY_VM_TRY(new_float(vm, r));
  return Status::kOk;
}

constexpr MethodDef kFns[] = {
    method_def("sqrt", &math1<m_sqrt>, 1, 1),
    method_def("exp", &math1<m_exp>, 1, 1),
    method_def("expm1", &math1<m_expm1>, 1, 1),
    method_def("sin", &math1<m_sin>, 1, 1),
    method_def("cos", &math1<m_cos>, 1, 1),
    method_def("tan", &math1<m_tan>, 1, 1),
    method_def("asin", &math1<m_asin>, 1, 1),
    method_def("acos", &math1<m_acos>, 1, 1),
    method_def("atan", &math1<m_atan>, 1, 1),
    method_def("sinh", &math1<m_sinh>, 1, 1),
    method_def("cosh", &math1<m_cosh>, 1, 1),
    method_def("tanh", &math1<m_tanh>, 1, 1),
    method_def("asinh", &math1<m_asinh>, 1, 1),
    method_def("acosh", &math1<m_acosh>, 1, 1),
    method_def("atanh", &math1<m_atanh>, 1, 1),
    method_def("fabs", &math1<m_fabs>, 1, 1),
    method_def("erf", &math1<m_erf>, 1, 1),
    method_def("erfc", &math1<m_erfc>, 1, 1),
    method_def("gamma", &math1<m_gamma>, 1, 1),
    method_def("lgamma", &math1<m_lgamma, true>, 1, 1),
    method_def("radians", &math1<m_radians>, 1, 1),
    method_def("degrees", &math1<m_degrees>, 1, 1),
    method_def("log", &math_log, 1, 2),
    method_def("log2", &math1<m_log2>, 1, 1),
    method_def("log10", &math1<m_log10>, 1, 1),
    method_def("log1p", &math1<m_log1p>, 1, 1),
    method_def("floor", &math_floor, 1, 1),
    method_def("ceil", &math_ceil, 1, 1),
    method_def("trunc", &math_trunc, 1, 1),
    method_def("atan2", &math_atan2, 2, 2),
    method_def("pow", &math_pow, 2, 2),
    method_def("fmod", &math_fmod, 2, 2),
    method_def("hypot", &math_hypot, 0, -1),
    method_def("copysign", &math_copysign, 2, 2),
    method_def("isnan", &math_isnan, 1, 1),
    method_def("isinf", &math_isinf, 1, 1),
    method_def("isfinite", &math_isfinite, 1, 1),
    method_def("isclose", &math_isclose, 2, 2, true),
    method_def("frexp", &math_frexp, 1, 1),
    method_def("ldexp", &math_ldexp, 2, 2),
    method_def("modf", &math_modf, 1, 1),
    method_def("gcd", &math_gcd, 0, -1),
    method_def("lcm", &math_lcm, 0, -1),
    method_def("factorial", &math_factorial, 1, 1),
    method_def("comb", &math_comb, 2, 2),
    method_def("perm", &math_perm, 1, 2),
    method_def("isqrt", &math_isqrt, 1, 1),
    method_def("fsum", &math_fsum, 1, 1),
    method_def("prod", &math_prod, 1, 1, true),
    method_def("dist", &math_dist, 2, 2),
};

bool init_module(Vm& vm, Module*, Value g) {
  return put(vm, g, "pi", new_float(vm, M_PI)) && put(vm, g, "e", new_float(vm, M_E)) &&
         put(vm, g, "tau", new_float(vm, 2 * M_PI)) && put(vm, g, "inf", new_float(vm, INFINITY)) &&
         put(vm, g, "nan", new_float(vm, NAN));
}
}  // namespace

const ModuleDef kModule_math = module_def(kFns, &init_module);

}  // namespace cpy::vm
