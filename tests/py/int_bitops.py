# Integer bit operations on small and big ints, negative numbers, shifts,
# bit_length, masks, popcount by hand, two's complement views.
vals = [0, 1, -1, 5, -6, 255, 2**31 - 1, -2**31, 2**63, -2**63 - 1, 2**100 + 12345, -(2**70)]
for a in vals:
    print(a, a.bit_length(), ~a, a >> 3, a << 5, a & 0xFF, a | 0x100, a ^ -1)
for a in vals[:6]:
    for b in vals[-4:]:
        print(a & b, a | b, a ^ b)
print(bin(-37), oct(-37), hex(-37), bin(2**65), hex(-(2**65)))
def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c
print([popcount(x) for x in (0, 1, 255, 2**64 - 1, 2**100)])
print((-5) >> 1, (-5) // 2, -5 % 3, 5 % -3, -(2**70) >> 65, (2**70) >> 80)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
mask = (1 << 32) - 1
x = -123456789
print(x & mask, hex(x & mask), (x & mask) - (1 << 32))
print(int.from_bytes((x & mask).to_bytes(4, "little"), "little", signed=True))
print(sum(1 << i for i in range(0, 200, 7)) % 1000003)
