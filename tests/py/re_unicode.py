# UTF-8 subjects: spans count characters, classes see non-ASCII letters.
import re

s = "caf\u00e9 na\u00efve \u00fcber"
print(re.findall(r"\w+", s))
m = re.search("na.ve", s)
print(m.group(), m.span())
print(re.search("\u00fc", s).start())
print(re.sub("\u00e9", "e", s))
print(re.split(" ", s))
print(re.match("...", "\u00e9\u00e8\u00ea!").span())
print(re.findall("[\u00e0-\u00ff]", "a\u00e9b\u00ffc"))
print(re.findall("[^a-z]", "a\u00e9b"))
p = re.compile("b")
print(p.search("\u00e9\u00e9b\u00e9b", 3).span())
print(re.match(r"\s+", "\u00a0\u3000x").span())
print(re.findall(r"\d", "1\u00e92"))
print(re.sub(r"\b", "|", "\u00e9t\u00e9 x"))
print(re.fullmatch("\u4e2d\u6587+", "\u4e2d\u6587\u6587").span())
