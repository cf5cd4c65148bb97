print('%s and %s' % ('a', 'b'), '%r' % [1, 'x'], '%s' % (1,), '%s' % [1, 2])
print('%3d|%-3d|%03d|%+d|% d' % (5, 5, 5, 5, 5))
print('%.2f|%8.3f|%-8.1f|%+.1f' % (1.005, 2.5, 3.25, -0.05))
print('%x|%#x|%o|%#o|%X' % (3054, 3054, 8, 8, 48879))
print('%5s|%-5s|%.1s' % ('abc', 'abc', 'abc'))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 7})
print('%%d', '%d%%' % 10)
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError')
try:
    '%s %s' % ('only',)
except TypeError as e:
    print('TypeError', e)
try:
    '%s' % (1, 2)
except TypeError as e:
    print('TypeError', e)
