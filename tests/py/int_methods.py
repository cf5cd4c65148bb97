print((255).to_bytes(2, 'big'), (255).to_bytes(2, 'little'), (0).to_bytes(1, 'big'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'', 'big'))
print((-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff\xfe', 'big', signed=True))
print((2 ** 70).to_bytes(9, 'big'), int.from_bytes(b'\x40' + b'\x00' * 8, 'big') == 2 ** 70)
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
print((0).bit_length(), (1).bit_length(), (255).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print((5).real, (5).imag, (5).numerator if hasattr(5, 'numerator') else 5, True + True, -True)
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, 2 ** -1, (-2) ** 3, 0 ** 0)
print(1 << 100, (1 << 100) >> 99, -1 >> 10, -(2 ** 65) >> 3, 5 & -2, -5 | 2, -5 ^ 3, ~0, ~(2 ** 70))
print(10 ** 20 // 3, 10 ** 20 % 7, -(10 ** 20) // 7, divmod(-(10 ** 30), 10 ** 12))
print(int('123456789012345678901234567890') * 2, int('-' + '9' * 40) + 1)
print(abs(-(2 ** 80)), hash(2 ** 80) == hash(2 ** 80), 2 ** 80 == 2.0 ** 80, 2 ** 53 + 1 > 2.0 ** 53)
big25, big24 = 10 ** 25, 10 ** 24
print(3 == 3.0, 1 < 1.5, 2 ** 64 > 1e19, (2 ** 64) / 2 ** 60, big25 / big24)
print(format(255, 'x'), format(255, '#o'), format(255, '08b'), format(1234567, ','), format(-42, '+d'), format(42, ' d'))
print(format(123, '>6'), format(123, '<6') + '|', format(123, '^7'), format(-5, '=6'), format(12345678, '_'))
print(f'{10:#x} {10:X} {3:03d} {-3:04d} {2**70:,}')
try:
    int('12z')
except ValueError as e:
    print('ValueError', e)
try:
    int('10', 1)
except ValueError as e:
    print('ValueError', e)
print(int('  -0b11 '.strip(), 0), int('Z', 36), int('_'.join('123'), 10))
print(max(2 ** 70, 3), min(-2 ** 70, 0), sorted([2 ** 65, -1, 2 ** 64, 0]))
print(bool(0), bool(-1), bool(2 ** 90), 0 == False, 1 != True)
a, b = 2 ** 53 + 1, 2.0 ** 53
print(a > b, a == b, b < a, 10 ** 30 == 1e30, 10 ** 22 == 1e22, (10 ** 30 + 1) / 10 ** 30, big25 * 3 / big24)
print(float('inf') > 10 ** 400, -10 ** 400 > float('-inf'), 1 == float('nan'), 1 != float('nan'))
try:
    print(10 ** 400 / big25)
except OverflowError as e:
    print('OverflowError', e)
print((-1) ** 0.5 if False else 'skip', -big25 / 3, big25 / -7)
