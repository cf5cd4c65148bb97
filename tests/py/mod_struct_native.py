import struct
print(struct.calcsize('bi'), struct.calcsize('bh'), struct.calcsize('hi'), struct.calcsize('bd') >= 12)
print(struct.calcsize('@bi') == struct.calcsize('bi'), struct.calcsize('<bi'))
print(struct.pack('@bi', 1, 2) == struct.pack('<b3xi', 1, 2))
print(struct.unpack('bi', struct.pack('bi', -5, 99999)))
print(struct.calcsize('ihb'), struct.calcsize('4b'), struct.calcsize('b4i'))
