# findall and finditer.
import re

print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\w)=(\d)", "a=1, b=2, c=x"))
print(re.findall(r"(\w)=\d", "a=1, b=2"))
print(re.findall("(a)|b", "ab"))
print(re.findall("x*", "axb"))
print(re.findall("", "ab"))
print(re.findall("a", ""))
for m in re.finditer(r"\w+", "one two  three"):
    print(m.group(), m.span())
print([m.span() for m in re.finditer("x*", "axxb")])
p = re.compile("o")
print(p.findall("foo boo", 2))
print(p.findall("foo boo", 1, 5))
print([m.start() for m in p.finditer("foo boo", 3)])
