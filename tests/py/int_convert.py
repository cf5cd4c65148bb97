print(int('42'), int('  -7  '), int('ff', 16), int('0x1f', 0), int('101', 2), int('z', 36))
print(int(3.9), int(-3.9), int(True), int(False))
print(int('1_000'))
print(hex(255), oct(8), bin(5), hex(-255))
print(str(123), repr(-5))
try:
    int('abc')
except ValueError as e:
    print('ValueError', e)
try:
    int('12', 1)
except ValueError as e:
    print('ValueError')
print((255).to_bytes(2, 'big'), (255).to_bytes(2, 'little'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((255).bit_length(), (0).bit_length(), (-8).bit_length())
print(round(7), round(2.5), round(3.5), round(-2.5), round(1.2345, 2), round(1250, -2), round(1350, -2))
