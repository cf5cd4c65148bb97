from array import array
a = array('i', range(10))
print(a[2:5], a[:3], a[7:], a[:])
print(a[::2], a[::-1], a[8:2:-3])
print(a[5:2], a[-3:], a[100:])
b = a[:]
b[0] = 99
print(a[0], b[0], a == b)
