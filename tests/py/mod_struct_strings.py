import struct
print(struct.pack('<4s', b'ab'), struct.pack('<2s', b'abcd'), struct.pack('<s', b'xyz'))
print(struct.unpack('<4s', b'ab\x00\x00'))
print(struct.pack('<5p', b'hi'), struct.unpack('<5p', b'\x02hi\x00\x00'))
print(struct.pack('<c?c', b'a', True, b'z'), struct.unpack('<c??', b'q\x00\x05'))
print(struct.pack('<bxxh', 1, 2), struct.calcsize('<bxxh'), struct.unpack('<b2xh', b'\x01\x00\x00\x02\x00'))
print(struct.pack('<2h3B', 1, 2, 3, 4, 5))
print(struct.unpack('<0s', b''))
