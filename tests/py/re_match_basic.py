# re.match anchors at the start; re.search scans.
import re

print(re.match("abc", "abcdef") is not None)
print(re.match("abc", "xabc"))
print(re.search("abc", "xabc").span())
print(re.match("a.c", "abc").group())
print(re.match("a.c", "a\nc"))
print(re.match("", "xyz").span())
print(re.search("", "").span())
m = re.match("h(.)llo", "hello world")
print(m.group(0), m.group(1), m.start(), m.end(), m.span(1))
print(re.search("o", "hello world").start())
print(re.search("z", "hello"))
print(repr(re.match("[0-9]+", "123abc").group()))
