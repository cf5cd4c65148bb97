# Long subjects and patterns that backtrack a lot stay bounded.
import re

s = "ab" * 3000
print(re.match("(a|b)*c", s))
m = re.match("(a|b)*", s)
print(m.span(), m.group(1))
print(re.match("(?:a|b)*$", s).span())
print(len(re.match(".*", "x" * 50000).group()))
print(re.search("x+y", "x" * 2000))
print(re.match("(x+x+)+y", "x" * 12))
p = "(" * 40 + "a" + ")" * 40
print(len(re.match(p, "a").groups()))
print(len(re.findall(r"\w+", "word " * 2000)))
print(len(re.sub("a", "bb", "a" * 10000)))
print(len(re.split(",", ",".join(["x"] * 3000))))
print(re.match("(a*)*b", "a" * 16))
