a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::2], a[8:2:-2], a[::-1][:3])
print(a[100:], a[-100:2], a[5:1])
b = a[:]
b[::2] = ['x'] * 5
print(b)
b = a[:]
del b[::3]
print(b)
b = a[:]
b[2:8] = []
print(b)
b[1:1] = [99, 98]
print(b)
s = slice(1, 8, 2)
print(a[s], s.start, s.stop, s.step)
print((1, 2, 3, 4)[1:3], 'abcdef'[::-2])
try:
    b[::2] = [1]
except ValueError as e:
    print('ValueError', e)
