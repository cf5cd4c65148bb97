# String and bytes processing typical of sensor and display code: struct,
# NMEA fields and checksum, formatting, wrapping, encodings.
import struct
reading = b"\x01\x02\x00\x10\xff\xfe"
a, b, c = struct.unpack(">BBh", reading[:4])
print(a, b, c, struct.unpack("<hH", reading[2:]), struct.calcsize(">BBh"))
line = "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47"
fields = line.split(",")
print(fields[0][1:], float(fields[2]), fields[-1].split("*"), len(fields))
cs = 0
for ch in line[1:line.index("*")]:
    cs ^= ord(ch)
print("%02X" % cs, hex(cs), "{:02x}".format(cs))
text = "The quick brown fox jumps over the lazy dog"
words = text.lower().split()
print(max(words, key=len), sorted(set("".join(words)))[:5], text.count("o"), text.find("fox"), text.rfind("o"))
print(text.title(), text.swapcase()[:9], text.center(50, "*")[:12], text.replace(" ", "_", 3))
wrapped = []
cur = ""
for w in text.split():
    if len(cur) + len(w) + 1 > 16:
        wrapped.append(cur)
        cur = w
    else:
        cur = (cur + " " + w).strip()
wrapped.append(cur)
print(wrapped)
print("{:>8.3f}|{:<6}|{:^7}|{:+d}|{:,}|{:08.2f}|{:x}|{:o}|{:b}|{:e}".format(3.14159, "ab", "mid", 5, 1234567, -3.5, 255, 8, 5, 12345.678))
print("%5.1f%%" % 99.44, "%-5s|" % "x", "%05d" % -42, "%+.2e" % 0.000123, "%c%c" % (72, "i"))
temp_c = [21.5, 22.25, 19.0]
print(", ".join(f"{t:.1f}C/{t * 9 / 5 + 32:.1f}F" for t in temp_c))
print("abc".encode() + bytes([0x44]), b"hello world".split(), b"x,y".split(b","), bytes(3), bytearray(b"ab") * 2)
print(" padded ".strip(), "xxhixx".strip("x"), "a-b-c".partition("-"), "a-b-c".rpartition("-"), "tab\there".expandtabs(4))
print("Hello"[::-1], "Hello"[1:-1], "é".encode("utf-8"), b"\xc3\xa9".decode(), len("é"), ord("é"), chr(0x263A))
