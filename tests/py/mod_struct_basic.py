import struct
print(struct.calcsize('<bhiq'), struct.calcsize('>BHIQ'), struct.calcsize('<fd'), struct.calcsize('<3s2x'))
print(struct.pack('<bhi', -1, 1000, -70000))
print(struct.pack('>bhi', -1, 1000, -70000))
print(struct.unpack('<bhi', struct.pack('<bhi', -1, 1000, -70000)))
print(struct.unpack('>HI', b'\x01\x02\x03\x04\x05\x06'))
print(struct.pack('!I', 0xdeadbeef))
print(struct.pack('=h', 258) == struct.pack('<h', 258))
