import struct
print(struct.pack('<Q', 2**64 - 1), struct.unpack('<Q', b'\xff' * 8))
print(struct.pack('>q', -2**63), struct.unpack('>q', b'\x80' + b'\x00' * 7))
print(struct.unpack('<Q', struct.pack('<Q', 12345678901234567890)))
print(struct.unpack('<q', struct.pack('<q', -1234567890123)))
try:
    struct.pack('<Q', 2**64)
except Exception:
    print('overflow')
