a = 2 ** 64
print(a, a - 1, a + 1)
print(a * a)
print(a // 3, a % 7)
print(-a, -a // 3, -a % 7)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f == 265252859812191058636308480000000)
print(f > 2 ** 100, f < 2 ** 200)
print(hex(2 ** 70), oct(2 ** 40), bin(2 ** 20))
print(int('123456789012345678901234567890') + 1)
print((2 ** 100) >> 90, 1 << 100)
print((2 ** 65) & (2 ** 65 + 5), (2 ** 65) | 3, (2 ** 65) ^ (2 ** 65))
print(abs(-(2 ** 70)))
big = 10 ** 30
print(big // 10 ** 29, big % 12345)
print(str(2 ** 200)[:10], len(str(2 ** 200)))
x = 9223372036854775807
print(x + 1, x * 2, -x - 2)
