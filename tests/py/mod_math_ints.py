import math
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-2.5), math.ceil(-2.5))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20), math.ceil(7))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(), math.gcd(12, 18, 8))
print(math.lcm(4, 6), math.lcm(3, 0), math.factorial(0), math.factorial(20), math.factorial(25))
print(math.comb(5, 2), math.comb(10, 0), math.perm(5, 2), math.perm(4), math.isqrt(17), math.isqrt(10 ** 20))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.dist((0, 0), (3, 4)))
