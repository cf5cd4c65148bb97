# complex numbers: literals, arithmetic, mixing with int/float, comparisons
a = 3 + 4j
b = complex(1, -2)
print(a, b, repr(a), str(b))
print(a + b, a - b, a * b, a / b)
print(a + 1, 1 + a, a * 2.5, 2 - a, a / 2, 1 / (1j))
print(-a, +a, abs(a), abs(-2j))
print(a == complex(3, 4), a != b, a == 3, complex(3, 0) == 3, complex(2.5) == 2.5)
print(a.real, a.imag, a.conjugate(), type(a.real))
print(a ** 2, (1j) ** 2, (2 + 0j) ** 0.5, 2 ** (1j))
print(complex(), complex(2), complex(1.5, 2.5), complex("1+2j"), complex("3j"), complex(" -1.5-2.5j "))
print(complex(1j, 1j), complex(True, False))
print(0j, -0j, 1e300j * 1e300j, complex(0, -0.0))
print(hash(complex(5, 0)) == hash(5), bool(0j), bool(1j), bool(complex(0, 0.0)))
for bad in ("abc", "1+", "j1"):
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    a < b
except TypeError as e:
    print("TypeError", e)
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    int(a)
except TypeError as e:
    print("TypeError", e)
print(isinstance(a, complex), type(a).__name__)
print([complex(i, -i) for i in range(3)])
print(sum([1j, 2, 3.5]), 1j * 1j == -1)
print("{}".format(1 + 2j), "%s" % (2j,))
print(f"{a}", repr(1e20 + 1e-5j), repr(complex(1.0, float("inf"))), complex(float("nan"), 1))
