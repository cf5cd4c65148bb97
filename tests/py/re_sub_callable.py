# re.sub with a function: it receives the match object.
import re

def upper(m):
    return m.group(0).upper()

print(re.sub(r"\b\w", upper, "hello big world"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
calls = []
def record(m):
    calls.append(m.span())
    return "#"
print(re.sub("x*", record, "axb"))
print(calls)
print(re.subn("o", lambda m: "0", "foo boo", 3))
p = re.compile(r"(\w)(\w)")
print(p.sub(lambda m: m.group(2) + m.group(1), "abcdef"))
def bad(m):
    return 5
try:
    re.sub("a", bad, "a")
except TypeError:
    print("TypeError")
