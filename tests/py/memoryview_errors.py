from array import array
for obj in ('abc', 5, [1], None):
    try:
        memoryview(obj)
    except TypeError as e:
        print('TypeError:', e)
m = memoryview(b'abc')
try:
    m[0] = 1
except TypeError as e:
    print('TypeError:', e)
w = memoryview(bytearray(3))
tests = [lambda: w.__setitem__(0, 256), lambda: w.__setitem__(0, -1), lambda: w.__setitem__(0, 'a'),
         lambda: w.__setitem__(0, 1.0), lambda: w.__setitem__(slice(0, 2), b'x'),
         lambda: w.__setitem__(slice(0, 1), array('i', [1])), lambda: w.__setitem__(slice(0, 1), [1]),
         lambda: w['a'], lambda: w[1.0], lambda: w[0:2:0]]
for t in tests:
    try:
        t()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ':', e)
try:
    del w[0]
except TypeError as e:
    print('TypeError:', e)
mi = memoryview(array('i', [0]))
for v in (1 << 40, 2.5):
    try:
        mi[0] = v
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(w.tobytes(), mi.tolist())
