# round (banker's rounding), divmod, abs, pow with modulus

for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999, 2.675]:
    print(x, round(x), type(round(x)).__name__)
print(round(7), round(-7), type(round(7)).__name__)
print(round(2.5, 0), type(round(2.5, 0)).__name__)
print(round(1.2345, 2), round(-1.2355, 3), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(-35, -1), round(5, -1))
print(round(123456, -3), round(999, -3), round(42, 0), round(42, 3))
print(round(True), round(3.0))
print(round(1e20) == 10 ** 20)
try:
    round("1.5")
except TypeError:
    print("TypeError round str")
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError")
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError")

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3), (2 ** 70, 7), (-(2 ** 70), 7)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a, a // b == q, a % b == r)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (1, 0.3)]:
    q, r = divmod(a, b)
    print(a, b, q, round(r, 10))
for a, b in [(5, 0), (5.0, 0), (5, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError:
        print("ZeroDivisionError", a, b)
print(divmod(True, 2))

print(abs(-5), abs(5), abs(-0.0), abs(-3.25), abs(-(2 ** 80)), abs(False))
print(abs(3 + 4j))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
try:
    abs("x")
except TypeError:
    print("TypeError abs")

print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 3))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(-3, 3, 7), pow(7, 0, 1), pow(5, 3, -4))
print(pow(2 ** 65, 3, 10 ** 9 + 7), pow(123456789, 987654321, 1000000007))
print(pow(3, -1, 7), pow(38, -1, 97))
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError pow mod 0")
try:
    pow(2.0, 3, 5)
except TypeError:
    print("TypeError pow float")
try:
    pow(2, -1, 4)
except ValueError:
    print("ValueError not invertible")
print(0 ** 0, 2 ** -2, (-8) ** 2, -8 ** 2)
