# Big ints: factorial, powers, Fibonacci with big numbers, and digit sums.
f = 1
for i in range(2, 4000):
    f *= i
p = 3 ** 6000
a, b = 0, 1
for _ in range(20000):
    a, b = b, a + b
s = str(f)
print(len(s), sum(int(c) for c in s[:500]), p % 1000007, a % 10 ** 12, (f // p) % 997)
