m = memoryview(b'abc')
m.release()
for op in (lambda: m[0], lambda: len(m), lambda: m.tobytes(), lambda: m.format, lambda: bytes(m), lambda: m.cast('B')):
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)
print(m == m, m == b'abc')
m.release()
with memoryview(bytearray(b'xy')) as v:
    v[0] = 122
    print(v.tobytes())
try:
    v[0]
except ValueError as e:
    print('ValueError:', e)
with memoryview(b'q') as w:
    pass
try:
    with w:
        pass
except ValueError as e:
    print('ValueError:', e)
