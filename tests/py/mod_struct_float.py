import struct
print(struct.pack('<f', 1.5), struct.pack('>d', -2.25))
print(struct.unpack('<f', struct.pack('<f', 0.1))[0] == 0.10000000149011612)
print(struct.unpack('<d', struct.pack('<d', 0.1))[0])
print(struct.pack('<e', 1.0), struct.pack('>e', -0.5), struct.pack('<e', 65504.0))
print(struct.unpack('<e', b'\x00\x3c'), struct.unpack('<e', b'\x00\x04'))
print(struct.unpack('<3e', struct.pack('<3e', 0.333, 100.5, -7.0)))
print(struct.unpack('<f', struct.pack('<f', float('inf'))))
print(struct.pack('<d', 3))
