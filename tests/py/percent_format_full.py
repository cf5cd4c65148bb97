print('%d %i %u' % (42, -3, 7))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%x %X %#x %#X %o %#o' % (255, 255, 255, 255, 8, 8))
print('%f %.2f %10.3f %-10.1f| %e %.3E %g %G' % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.000123, 1e-5, 1e20))
print('%s %r %a' % ('str', 'repr', 'ascii') if False else '%s %r' % ('str', 'repr'))
print('%c%c' % (72, 'i'), '%%', '%5s|%-5s|%.1s' % ('ab', 'cd', 'ef'))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('%s' % [1, 2], '%s' % (1,), '%s %s' % ('a', (1, 2)) if False else '%s' % ((1, 2),))
print('%d' % 3.99, '%i' % -2.5, '%x' % 10 ** 20, '%d' % 2 ** 70)
print('%.3s' % 'abcdef', '%r' % b'x', '%s' % None, '%s' % True)
for bad in [('%d', 'x'), ('%d %d', (1,)), ('%d', (1, 2)), ('%z', 1), ('%(k)s', 5), ('%c', 'ab')]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__)
print(b'%d-%s' % (5, b'x'), b'%x' % 255, b'%5b|' % b'ab' if False else b'%c' % 65)
