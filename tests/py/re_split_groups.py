# split keeps captured separators (None when a group did not take part)
# and splits on empty matches.
import re

print(re.split("(,)", "a,b,c"))
print(re.split("(-)|(;)", "a-b;c"))
print(re.split("((a)(b)?)", "xaybz"))
print(re.split("x*", "axbc"))
print(re.split("x*", ""))
print(re.split("", "abc"))
print(re.split(r"\b", "hi there"))
print(re.split("(x*)", "ab"))
print(re.split("(?:a|b)?", "cab"))
print(re.split(r"(\s)*", "a b"))
print(re.split("(a)", "aaa", 1))
