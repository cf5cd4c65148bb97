from array import array
ba = bytearray(b'0123456789')
m = memoryview(ba)
a = m[2:8]
b = a[1:5]
c = b[::2]
print(a.tobytes(), b.tobytes(), c.tobytes(), c.obj is ba)
c[0] = 88
c[1] = 89
print(ba, a.tobytes(), b.tolist())
r = m[::-1]
r[0] = 33
print(ba, r[:3].tobytes(), r[::-3].tobytes())
arr = array('H', [1, 2, 3, 4])
v = memoryview(arr)[1:]
v[0] = 500
print(arr, memoryview(v).tolist(), bytes(v[::2]))
