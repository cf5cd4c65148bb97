b = b'Hello, World'
print(b.lower(), b.upper(), b.find(b'o'), b.rfind(b'o'), b.index(b'W'), b.count(b'l'), b.find(111), b'o' in b, 72 in b)
print(b.split(b', '), b.split(), b'a  b'.split(), b.replace(b'l', b'L', 2), b.strip(b'Hd'), b'  x '.strip(), b'  x '.lstrip(), b'  x '.rstrip())
print(b.startswith(b'He'), b.endswith((b'x', b'ld')), b.partition(b','), b.rpartition(b'o'), b'-'.join([b'a', b'b']))
print(b[0], b[-1], b[1:4], b[::-1], list(b[:3]), bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytes(range(3)))
print(b.hex(), bytes.fromhex('48 65'), b'\x00\xff'.hex(), b.decode(), b'caf\xc3\xa9'.decode('utf-8'), b.isalpha() if hasattr(b, 'isalpha') else False)
print(b'ab' * 2, b'a' + b'b', b'abc' < b'abd', b'' == bytes(), len(b), b.center(16, b'*') if hasattr(b, 'center') else b'**' + b + b'**')
print(b'%s:%d' % (b'k', 5), repr(b'\t\n\'"\\'), str(b'x'), b'x'.zfill(3) if hasattr(b'', 'zfill') else b'00x')
try:
    b'abc'.decode('utf-8') + b'x'
except TypeError as e:
    print('TypeError', e)
try:
    bytes([256])
except ValueError as e:
    print('ValueError', e)
try:
    b'\xff'.decode()
except UnicodeError as e:
    print('UnicodeError')
ba = bytearray(b'abc')
ba[0] = 65; ba.append(100); ba.extend(b'ef'); ba += b'!'
print(ba, len(ba), ba.pop(), ba, ba.find(b'd'), bytes(ba))
ba[1:3] = b'XYZ'; del ba[0]
print(ba, ba.decode(), ba.upper(), ba.split(b'Z'), ba.replace(b'X', b''))
ba.insert(0, 48); ba.remove(ord('Y'))
print(ba, ba.index(b'Z'), ba.count(b'd'), bytearray(3), bytearray([1, 2]), bytearray('hé', 'utf-8'))
ba.reverse() if hasattr(ba, 'reverse') else None
print(ba, ba == bytearray(ba), ba.copy() if hasattr(ba, 'copy') else ba, bytes(ba) == ba)
try:
    ba[0] = 300
except ValueError as e:
    print('ValueError', e)
ba.clear()
print(ba, bytearray(b'x') * 3, b'ab'.join([b'1', b'2', b'3']))
print(int.from_bytes(b'\x01\x02', 'little'), b'abc'.rstrip(b'c'), b'AbC'.swapcase() if hasattr(b'', 'swapcase') else b'aBc')
print(sorted(b'cab'), max(b'az'), sum(b'\x01\x02'), b'a,b,,c'.split(b','), b'x\ny\r\n'.splitlines())
