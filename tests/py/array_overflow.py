from array import array
cases = [('b', 128), ('b', -129), ('B', 256), ('B', -1), ('h', 1 << 15), ('h', -(1 << 15) - 1),
         ('H', 1 << 16), ('H', -1), ('i', 1 << 31), ('i', -(1 << 31) - 1), ('I', 1 << 32), ('I', -1),
         ('q', 1 << 63), ('q', -(1 << 63) - 1), ('Q', 1 << 64), ('Q', -1), ('b', 1 << 70)]
for code, v in cases:
    try:
        array(code, [v])
        print(code, v, 'ok')
    except OverflowError as e:
        print(code, 'OverflowError:', e)
a = array('B', [1, 2])
try:
    a.append(300)
except OverflowError as e:
    print(e)
try:
    a[0] = -1
except OverflowError as e:
    print(e)
print(a)
try:
    array('d').append(1 << 2000)
except OverflowError as e:
    print(e)
