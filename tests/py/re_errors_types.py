# Type errors: str pattern on bytes and the reverse, bad arguments.
import re

try:
    re.match("a", b"a")
except TypeError:
    print("TypeError str on bytes")
try:
    re.match(b"a", "a")
except TypeError:
    print("TypeError bytes on str")
try:
    re.compile(5)
except TypeError:
    print("TypeError int pattern")
try:
    re.search("a", 5)
except TypeError:
    print("TypeError int subject")
try:
    re.sub("a", b"b", "a")
except TypeError:
    print("TypeError bytes repl")
m = re.match("(a)", "a")
for g in [2, -1, "x"]:
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError", e)
try:
    m.span(3)
except IndexError:
    print("IndexError span")
