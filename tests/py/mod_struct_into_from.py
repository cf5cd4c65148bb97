import struct
buf = bytearray(12)
struct.pack_into('<HI', buf, 2, 0x1234, 0xabcdef01)
print(buf)
print(struct.unpack_from('<HI', buf, 2))
print(struct.unpack_from('<H', buf))
print(struct.unpack_from('<B', b'\x01\x02\x03', 2))
print(struct.unpack_from('<B', b'\x01\x02\x03', -1))
struct.pack_into('>h', buf, -2, -2)
print(buf[-2:])
try:
    struct.pack_into('<I', buf, 10, 1)
except Exception:
    print('ValueError small buffer')
try:
    struct.unpack_from('<I', b'\x00\x00', 0)
except Exception:
    print('error short')
