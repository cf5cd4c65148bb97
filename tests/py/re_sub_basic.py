# re.sub and re.subn with plain replacements and count.
import re

print(re.sub("a", "o", "banana"))
print(re.sub("a", "o", "banana", 2))
print(re.sub("a", "o", "banana", count=1))
print(re.subn("a", "o", "banana"))
print(re.subn("x", "o", "banana"))
print(re.sub(r"\s+", " ", "a   b \t\n c"))
print(re.sub("[aeiou]", "", "education"))
print(re.sub("(?:ab)+", "X", "abababc ab"))
print(re.sub("a", r"\\", "a-a"))
print(re.sub("a", r"\n", "a-a") == "\n-\n")
print(re.sub("a", r"\&", "a"))
print(re.sub("", "-", "abc"))
p = re.compile(r"\d")
print(p.sub("#", "a1b22c333"))
print(p.subn("#", "a1b22c333", 3))
print(re.sub("b", "x", ""))
