import os
from array import array
name = 'open_binary.tmp'
with open(name, 'wb') as f:
    print(f.write(b'\x00\x01'), f.write(bytearray(b'\x02')), f.write(array('h', [0x0403])))
    print(f.write(memoryview(b'\x05\x06\x07')[1:]))
with open(name, 'rb') as f:
    data = f.read()
print(data, len(data))
print(array('B', data), memoryview(data)[2:4].tobytes())
with open(name, 'r+b') as f:
    f.seek(2)
    f.write(b'ZZ')
    f.seek(0)
    print(f.read(), f.tell())
os.remove(name)
