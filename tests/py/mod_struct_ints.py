import struct
for code in 'bBhHiIlLqQ':
    size = struct.calcsize('<' + code)
    lo = -(1 << (8 * size - 1)) if code.islower() else 0
    hi = (1 << (8 * size - 1)) - 1 if code.islower() else (1 << (8 * size)) - 1
    for v in (lo, hi, 0, 1):
        le = struct.pack('<' + code, v)
        be = struct.pack('>' + code, v)
        assert le == be[::-1]
        print(code, v, le.hex(), struct.unpack('<' + code, le)[0] == v, struct.unpack('>' + code, be)[0] == v)
