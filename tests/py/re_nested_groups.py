# Nested groups are numbered by their opening parenthesis.
import re

m = re.match("((a)(b(c)))(d)", "abcd")
print(m.groups())
for i in range(6):
    print(i, m.group(i), m.span(i))
m = re.match("(a(b(c(d)?)?)?)", "abc")
print(m.groups())
m = re.match("((\\d+)-)*(\\d+)", "1-22-333")
print(m.groups())
m = re.match("(((x)))", "x")
print(m.groups(), m.lastindex)
m = re.match("(a)(b)", "ab")
print(m.lastindex)
m = re.match("((a)b)", "ab")
print(m.lastindex)
print(re.match("x", "x").lastindex)
