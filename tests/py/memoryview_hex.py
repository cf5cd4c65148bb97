from array import array
print(memoryview(b'\x00\x01\xab\xff').hex(), memoryview(b'').hex())
print(memoryview(b'abc').hex(':'), memoryview(b'abcdef')[::2].hex('-'))
print(memoryview(array('h', [1, -1])).hex())
print(memoryview(b'xyz').tolist(), memoryview(b'xyz')[1:].tolist())
print(memoryview(array('f', [0.5, -2.0])).tolist())
