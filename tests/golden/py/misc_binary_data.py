import struct

header = struct.pack("<HHI", 0xBEEF, 2, 1024)
fields = struct.unpack("<HHI", header)
buf = bytearray(16)
struct.pack_into(">I", buf, 4, 0xDEADBEEF)
view = memoryview(buf)
view[0:2] = b"\x01\x02"
word = int.from_bytes(buf[4:8], "big")
back = word.to_bytes(4, "little")
crc = 0xFFFF
for b in header:
    crc ^= b << 8
    for _ in range(8):
        crc = ((crc << 1) ^ 0x1021 if crc & 0x8000 else crc << 1) & 0xFFFF
print(header, fields, bytes(buf), hex(word), back, hex(crc))
print(bytes(view[4:8]), buf.find(b"\xad") if hasattr(buf, "find") else 5, len(view))
