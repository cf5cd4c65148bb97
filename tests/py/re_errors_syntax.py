# Malformed patterns raise re.error with CPython's message and position.
import re

bad = ["(", ")", "a)", "*", "+a", "a**", "a{1}{2}", "[a", "[]", "[z-a]", r"[\d-z]",
       "\\", r"\q", r"\x4", "a{3,2}", "{1}", "a|*", "(*)", "??", "^*", r"\b+",
       r"\1", r"(a)\2", r"(a\1)", "(?P<1>x)", "(?P<n>a)(?P<n>b)", "(?P<n", "(?P<>x)",
       "(?P=m)", "(?:", "ab\n(c", "[\\8]", r"\400"]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), e)
try:
    re.search("(", "x")
except re.error:
    print("re.error from search")
print(issubclass(re.error, Exception))
