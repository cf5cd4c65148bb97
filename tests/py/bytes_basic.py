b = b'hello'
print(b, len(b), b[0], b[-1], b[1:3], list(b[:2]))
print(b + b' world', b * 2, b'l' in b, 104 in b)
print(b.upper(), b.split(b'l'), b.find(b'l'), b.replace(b'l', b'L'))
print(bytes(3), bytes([65, 66, 67]), bytes('hi', 'utf-8'), bytes(b'x'))
print(b.decode(), b'\x00\xff'.hex(), repr(b'\n\t\x01'))
ba = bytearray(b'abc')
ba[0] = 65
ba.append(68)
ba.extend(b'EF')
print(ba, len(ba), bytes(ba), ba[1])
print(bytearray(2), bytearray([1, 2]))
print(b'abc' == b'abc', b'abc' < b'abd', b'' == b'')
for x in b'AB':
    print(x)
print(b'%d-%s' % (5, b'x'))
