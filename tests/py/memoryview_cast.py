from array import array
m = memoryview(bytearray(8))
i = m.cast('i')
print(i.format, i.itemsize, len(i), i.tolist())
i[0] = -1
i[1] = 258
print(m.tolist())
h = i.cast('B').cast('h')
print(h.tolist(), h.nbytes)
print(memoryview(b'\x01\x00\x00\x00\x02\x00\x00\x00').cast('I').tolist())
print(memoryview(array('h', [1, -1])).cast('B').tolist())
print(memoryview(b'ab').cast('b').tolist(), memoryview(b'\xff').cast('b')[0])
f = memoryview(bytearray(8)).cast('d')
f[0] = 1.5
print(f.tolist(), bytes(f))
for fmt in ('i', 'x', 'hh'):
    try:
        memoryview(b'abc').cast(fmt)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    memoryview(array('i', [1])).cast('h')
except TypeError as e:
    print('TypeError:', e)
try:
    memoryview(bytearray(8))[::2].cast('h')
except TypeError as e:
    print('TypeError:', e)
