from array import array
print(array('B', b'abc'), array('B', bytearray(b'\x00\xff')))
print(array('h', b'\x01\x00\xff\xff'), array('H', b'\x01\x00\xff\xff'))
print(array('i', range(4)), array('i', (x * x for x in range(4))))
print(array('b', array('i', [1, -2])), array('d', array('b', [1, 2])))
print(array('i', array('i', [5, 6])), array('I', memoryview(b'ab')))
print(array('q', {1: 'a', 2: 'b'}), array('B', []))
for args in (('i', b'abc'), ('b', 'abc'), ('i', 5), ('i', [1.5]), ('f', ['x']), ('bb',), (1,)):
    try:
        print(array(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    array('i', array('d', [1.0]))
except TypeError as e:
    print('TypeError:', e)
