m = memoryview(b'hello')
print(len(m), m[0], m[-1], m.tobytes(), bytes(m), list(m))
print(m.format, m.itemsize, m.nbytes, m.readonly, m.obj)
print(type(m).__name__, isinstance(m, memoryview))
print(104 in m, 1 in m, [x for x in m][:2])
mb = memoryview(bytearray(b'abc'))
print(mb.readonly, mb.tobytes(), bytearray(mb))
for i in (5, -6):
    try:
        m[i]
    except IndexError as e:
        print('IndexError:', e)
