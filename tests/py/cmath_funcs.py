# cmath: constants and functions on complex and real arguments
import cmath
def r(z):
    # rounded to avoid last-digit libm differences
    if isinstance(z, complex):
        return complex(round(z.real, 10), round(z.imag, 10))
    return round(z, 10)
print(r(cmath.pi), r(cmath.e))
for z in (1 + 1j, -1, 0.5j, 2, -3 - 4j):
    print(z, r(cmath.sqrt(z)), r(cmath.exp(z)), r(cmath.phase(z)))
    print(" ", r(cmath.log(z)), r(cmath.log10(z)), r(cmath.cos(z)), r(cmath.sin(z)))
    m, p = cmath.polar(z)
    print(" ", r(m), r(p), r(cmath.rect(m, p)))
print(r(cmath.log(8, 2)), r(cmath.sqrt(-4)), cmath.phase(-1.0), cmath.phase(complex(-1.0, -0.0)))
print(cmath.isnan(complex(float("nan"), 0)), cmath.isinf(complex(0, float("inf"))), cmath.isfinite(1 + 1j))
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    cmath.sqrt("x")
except TypeError as e:
    print("TypeError", e)
