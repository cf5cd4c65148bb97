ba = bytearray()
for i in range(5):
    ba.append(65 + i)
print(ba, len(ba), ba[0], ba[-1], bytes(ba))
ba[0] = 97
ba[-1] = 122
print(ba, ba.decode(), ba.upper())
ba.extend([49, 50])
print(ba, ba.find(b'C'), ba.count(b'B'), b'C' in ba)
print(bytearray(b'x') + bytearray(b'y'), bytearray(b'ab') * 2)
print(list(bytearray(b'\x01\x02')), bytearray(3), bytearray([255]))
try:
    ba[0] = 256
except ValueError as e:
    print('ValueError', e)
print(ba == bytearray(ba), bytes(ba) == ba)
