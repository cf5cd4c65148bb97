# group(), groups() and multiple group arguments.
import re

m = re.match(r"(\w+)-(\d+)-(\w+)", "abc-123-xyz!")
print(m.group(), m.group(0))
print(m.group(1), m.group(2), m.group(3))
print(m.group(1, 3))
print(m.group(0, 1, 2, 3))
print(m.groups())
print(m[0], m[2])
print(m.span(2), m.start(3), m.end(1))
print(re.match("abc", "abc").groups())
m = re.match("(a)(b)?(c)?", "ac")
print(m.groups())
print(m.groups("-"))
print(m.group(2), m.span(2), m.start(2), m.end(2))
try:
    m.group(4)
except IndexError as e:
    print("IndexError", e)
try:
    m.group(-1)
except IndexError as e:
    print("IndexError", e)
