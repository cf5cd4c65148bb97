# Named groups (?P<name>...), (?P=name), groupdict, lastgroup.
import re

m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe")
print(m.group("first"), m.group("last"), m.group(1))
print(m.groupdict())
print(m.span("last"), m.start("first"), m.end("last"))
print(m["last"])
print(m.lastgroup, m.lastindex)
m = re.match(r"(?P<a>x)|(?P<b>y)", "y")
print(m.groupdict(), m.groupdict("-"), m.lastgroup)
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'hi' there").group())
p = re.compile(r"(?P<key>\w+)=(?P<val>\w*)")
print(p.groups, sorted(p.groupindex.items()))
print([m.groupdict() for m in p.finditer("a=1 b= c=3")])
print(re.sub(r"(?P<n>\d)", r"<\g<n>>", "a1b2"))
print(re.match("(a)(?P<n>b)", "ab").lastgroup)
try:
    m.group("nope")
except IndexError as e:
    print("IndexError", e)
