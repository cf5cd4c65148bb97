from array import array
m = memoryview(b'abc')
print(m == b'abc', b'abc' == m, m == bytearray(b'abc'), m != b'abd', m == b'ab')
print(m == memoryview(b'abc'), m == m, m == 'abc', m == [97, 98, 99], m == None)
print(memoryview(array('i', [1, 2])) == array('i', [1, 2]), memoryview(array('i', [97])) == b'a')
print(memoryview(array('i', [97, 98])) == array('b', [97, 98]), memoryview(array('d', [1.0])) == array('i', [1]))
print(memoryview(b'abcd')[::2] == b'ac', memoryview(b'abcd')[::-1] == b'dcba')
print({memoryview(b'k'): 1}[memoryview(b'k')], hash(memoryview(b'xy')) == hash(memoryview(b'xy')))
try:
    hash(memoryview(bytearray(1)))
except ValueError as e:
    print('ValueError:', e)
