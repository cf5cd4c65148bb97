import binascii
print(binascii.crc32(b''), binascii.crc32(b'hello'), binascii.crc32(b'The quick brown fox jumps over the lazy dog'))
c = binascii.crc32(b'hel')
print(binascii.crc32(b'lo', c) == binascii.crc32(b'hello'))
print(hex(binascii.crc32(bytes(range(256)))))
print(binascii.crc32(b'abc', 0xffffffff))
