# The rest of the module: escape, DEBUG, error, match object repr.
import re

print(re.escape("a.b*c?d+e(f)[g]{h}|^$\\"))
print(re.escape("hello world-1#"))
print(re.escape("\u00e9_x"))
print(re.match(re.escape("1+1=2?"), "1+1=2?").group())
print(hasattr(re, "DEBUG"), hasattr(re, "compile"), hasattr(re, "error"))
print(re.match("a+", "aaa"))
print(re.search("b", "abc"))
print(re.match(b"a+", b"aaa"))
print(re.match("(x)", "x"))
print(re.search("\u00e9", "a\u00e9"))
print(re.match("", "x"))
print(isinstance(re.compile("x"), re.Pattern), isinstance(re.match("x", "x"), re.Match))
print(bool(re.match("a", "a")))
