# Empty matches in sub: next to a previous match they count again.
import re

print(re.sub("x*", "-", "abxd"))
print(re.sub("x*", "-", ""))
print(re.sub("x*", "-", "xxx"))
print(re.sub("a?", "!", "baac"))
print(re.sub("(?:)", "|", "ab"))
print(re.sub(r"\b", "^", "a b"))
print(re.subn("b*", "-", "abc"))
print(re.sub("x*", "-", "abxd", 2))
print(re.sub("(x?)", r"<\1>", "axb"))
print(re.sub("$", "!", "end\n"))
