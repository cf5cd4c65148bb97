a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, b - a, a - b)
print(a * b)
print(b // a, b % a, divmod(b, a))
print(-b // a, -b % a)
print(a ** 3)
print(pow(a, 3, 1000007), pow(2, 1000, 10 ** 9 + 7))
print(a == a + 0, a < b, -a < -b, a != b)
print(a & b, a | b, a ^ b)
print(a << 70, b >> 50, -b >> 3)
print(float(a), int(float(2 ** 60)))
print(str(-(2 ** 100)), repr(2 ** 80))
print(2 ** 100 / 2 ** 98, (2 ** 100) // 3.0)
print(sum(range(10 ** 6, 10 ** 6 + 1000)))
n = 1
for i in range(100):
    n = n * 3 + 1
print(n, n.bit_length())
print(hash(2 ** 100) == hash(2 ** 100), {2 ** 100: 'big'}[2 ** 100])
print(int('-' + '9' * 40) + 1)
print(abs(-(10 ** 25)), -(10 ** 25) // 7, (10 ** 25) % -7)
print(max(2 ** 70, 2 ** 69), min([3 ** 50, 2 ** 80]))
print((2 ** 64).to_bytes(9, 'big'))
