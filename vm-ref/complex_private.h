// complex numbers: the arithmetic obj_complex.cpp implements and that the
// object protocol, formatting, the loader and the cmath module share.
// Private to vm-ref/.
#pragma once

#include <string_view>

#include "runtime.h"

namespace cpy::vm {

/// A complex value outside the heap.
struct Cplx {
  double re;
  double im;
};

/// What went wrong in a complex computation, as C's errno would tell:
/// EDOM (ValueError / ZeroDivisionError) or ERANGE (OverflowError).
enum class MathErr : uint8_t { kNone, kDomain, kRange };

/// A new complex object; null with MemoryError pending.
Value new_complex(Vm& vm, double re, double im);
inline Value new_complex(Vm& vm, Cplx z) { return new_complex(vm, z.re, z.im); }
inline Cplx complex_of(Value v) { return Cplx{v.as<Complex>()->real, v.as<Complex>()->imag}; }

/// True for the kinds complex arithmetic takes as operands: int, bool,
/// float and complex.
bool is_complex_operand(Kind k);
/// [v] (an int, bool, float or complex) as a complex; OverflowError for an
/// int too large for a float.
Status complex_operand(Vm& vm, Value v, Cplx* out);
/// complex(v) for the cmath functions: complex, __complex__, then anything
/// float() takes (__float__, __index__); TypeError otherwise.
Status to_complex(Vm& vm, Value v, Cplx* out);

/// a op b when one of them is complex and both are numbers (else [*out] is
/// NotImplemented): + - * / ** (the in-place forms too).
Status complex_binary_op(Vm& vm, int op, Value a, Value b, Value* out);
/// a ** b, also for a negative float raised to a fractional power.
Status complex_power(Vm& vm, Cplx a, Cplx b, Value* out);
/// a == b where at least one is complex and both are numbers.
Status complex_equal(Vm& vm, Value a, Value b, bool* out);

/// The exact arithmetic the operators and cmath share.
Cplx c_quot(Cplx a, Cplx b, MathErr* err);
/// |z|: kRange when it overflows for finite parts.
double c_abs(Cplx z, MathErr* err);

/// repr(complex): `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
void complex_repr_into(Buf& buf, double re, double im);
/// The value of a complex constant as a .mpy file stores it (its repr text).
Status complex_from_repr(Vm& vm, std::string_view text, Value* out);

bool init_complex(Vm& vm);

}  // namespace cpy::vm
