# bytes patterns against bytes and bytearray.
import re

print(re.match(b"a+", b"aaab").group())
print(re.search(rb"\d+", b"ab123c").span())
print(re.findall(rb"\w+", b"hi there, you"))
print(re.sub(b"a", b"o", b"banana"))
print(re.sub(rb"(\w)(\w)", rb"\2\1", b"abcd"))
print(re.split(rb"\s*,\s*", b"a , b,c"))
print(re.match(b"[\x80-\xff]+", b"\xe9\xff!").span())
print(re.match(rb"\w", b"\xe9"))
print(re.match(rb"\s", b"\x1c"))
print(re.match(b".", b"\n"))
m = re.search(b"(b)(c)?", bytearray(b"abd"))
print(m.groups(), m.span())
print(re.compile(b"x(y)").pattern, re.compile(b"x(y)").groups)
print(re.sub(b"x", lambda m: b"[" + m.group() + b"]", b"axbx"))
print(re.escape(b"a.b"))
