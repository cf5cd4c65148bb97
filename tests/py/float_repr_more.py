vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.00001234, 1.5e300, 5e-324, 2.0 ** 0.5, 100.0, -0.0, 1e22, 1e23, 9007199254740993.0, 0.3, 2.5, 1.0 / 7]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v)
print(float('1.5'), float(' -2e3 '), float('inf'), float('-Infinity'), float('nan'), float('1_000.5'), float(7), float(True))
for s in ['abc', '', '1.2.3', '0x10']:
    try:
        float(s)
    except ValueError as e:
        print('ValueError', e)
inf, nan = float('inf'), float('nan')
print(inf + 1, -inf * 2, inf - inf, inf * 0, nan == nan, nan != nan, nan < 1, inf > 1e308, 1e308 * 10)
print((2.5).is_integer(), (3.0).is_integer(), 7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.5 % -2, divmod(-7.5, 2))
print(round(0.125, 2), round(0.375, 2), round(2.5), round(3.5), round(-1.5), round(1e20), round(123.456, -1), round(5.0, 1))
print(int(1e20), int(-2.9), int(2.9), float(2 ** 70), 2 ** 0.5 * 2 ** 0.5, 10 / 4, 10 // 4, 3 * 1.1)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    int(inf)
except OverflowError as e:
    print('OverflowError', e)
try:
    int(nan)
except ValueError as e:
    print('ValueError', e)
print(abs(-0.0), -(0.0), 0.0 == -0.0, hash(1.0) == hash(1), hash(0.5) == hash(0.5), max(1, 2.0), min(-0.0, 0.0))
print(sum([0.1] * 3), 1e-7 * 1e7, 4.35 * 100, 1.1 + 2.2, 3.0 ** -2, (-8.0) ** (1 / 3) if False else 'skip')
print('%.17g' % 0.1, '%r' % 1.25, '%s' % 1e100, '{}'.format(1e-10), f'{0.1 + 0.2}', str(1.0e0), repr(-1.5e-9))
