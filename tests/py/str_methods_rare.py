print('a\tbc\td'.expandtabs(), 'a\tb'.expandtabs(4), 'x\n\ty'.expandtabs(2), 'é\tz'.expandtabs(3), b'a\tb'.expandtabs(3), 'a\tb'.expandtabs(0))
print('abc'.isascii(), 'é'.isascii(), ''.isascii(), b'\x7f'.isascii(), b'\x80'.isascii())
print('Hello World'.istitle(), 'Hello world'.istitle(), 'HELLO'.istitle(), '123'.istitle(), 'A1 B2'.istitle(), "They'Re".istitle(), b'Ab Cd'.istitle())
print('abc'.isidentifier(), '_x1'.isidentifier(), '1x'.isidentifier(), ''.isidentifier(), 'a-b'.isidentifier(), 'café'.isidentifier(), 'class'.isidentifier())
print('abc'.isprintable(), 'a\nb'.isprintable(), ''.isprintable(), '\x7f'.isprintable(), 'é€'.isprintable(), '\u2028'.isprintable(), '\xa0'.isprintable())
print('Straße'.casefold() == 'straße'.casefold(), 'ABC'.casefold())
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc'.translate(t))
t2 = str.maketrans('ab', 'AB', 'c')
print('abcabc'.translate(t2), 'hello'.translate({ord('l'): 'L!', ord('o'): None, 104: 72}))
print(str.maketrans({'a': '1', 98: None}), 'abc'.translate(str.maketrans({'a': '1', 98: None})))
print('abc'.translate([None, 'x']) if False else 'abc'.translate({}))
class Upper:
    def __getitem__(self, c):
        if c == ord('z'):
            raise LookupError
        return chr(c).upper()
print('xyz'.translate(Upper()))
for bad in [lambda: str.maketrans('ab', 'c'), lambda: str.maketrans({'ab': 1}), lambda: 'a'.translate({97: 1.5})]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
bt = bytes.maketrans(b'abc', b'ABC')
print(len(bt), b'aabbcc'.translate(bt), b'hello'.translate(None, b'l'), b'abc'.translate(bt, b'b'), bytearray(b'cab').translate(bt))
print(bytes.fromhex('de ad be ef'), bytes.fromhex(''), bytearray.fromhex('00ff'), bytes.fromhex('0A0b'))
for s in ['0', 'zz', 'a b', '1 2 3']:
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print('ValueError', e)
print('{name} is {age}'.format_map({'name': 'Ann', 'age': 3}), '{x[0]}'.format_map({'x': [9]}))
try:
    '{missing}'.format_map({})
except KeyError as e:
    print('KeyError', e)
