from array import array
a = array('i', [10, 20, 30, 40])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, len(m), m[1], m[-1], m.tolist())
m[0] = -5
print(a)
m[1:3] = array('i', [7, 8])
print(a, m[::2].tolist(), m[::-1].tolist())
d = memoryview(array('d', [0.5, 1.5]))
print(d.format, d[1], d.tolist(), d.nbytes)
d[0] = 2.25
print(d.obj)
print(bytes(memoryview(array('h', [1, 2]))))
u = memoryview(array('Q', [2**64 - 1]))
print(u[0], u.format)
