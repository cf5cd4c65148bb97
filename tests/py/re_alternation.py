# Alternation: leftmost branch that leads to a match wins.
import re

print(re.match("a|ab", "ab").group())
print(re.match("ab|a", "ab").group())
print(re.match("(cat|dog)s?", "dogs").groups())
print(re.search("red|green|blue", "the green one").group())
print(re.match("x(a|b|c)*y", "xabcbay").group(1))
print(re.match("(a|)b", "b").groups())
print(re.match("|a", "a").span())
print(re.match("a|", "b").span())
print(re.findall("one|two|three", "three two one zero"))
print(re.match("(?:a|b)(c|d)", "bd").groups())
m = re.match("(a)|(b)|(c)", "c")
print(m.groups(), m.lastindex)
print(re.fullmatch("foo|foobar", "foobar").group())
