from array import array
import struct, binascii, hashlib
a = array('i', [1, -1])
print(struct.unpack('<ii', a), struct.unpack_from('<i', a, 4))
print(binascii.hexlify(array('B', [0, 16, 255])), binascii.crc32(array('B', [1, 2, 3])))
print(hashlib.sha256(array('B', b'abc')).hexdigest())
h = hashlib.sha1()
h.update(array('B', b'ab'))
h.update(memoryview(b'c'))
print(h.hexdigest())
import io
b = io.BytesIO()
b.write(array('H', [0x4142]))
b.write(memoryview(b'xyz')[1:])
print(b.getvalue())
