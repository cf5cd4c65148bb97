# Back references \1 ... in patterns.
import re

print(re.match(r"(a+)b\1", "aabaa").group())
print(re.match(r"(a+)b\1", "aaba"))
print(re.search(r"(\w)\1", "abccd").group())
print(re.findall(r"(\w)\1", "aabbcdd"))
print(re.match(r"(a|b)*\1", "abb").groups())
print(re.match(r"(a)?b\1", "b"))
print(re.sub(r"(\w+) \1", r"\1", "the the cat"))
print(re.match(r"(\d)(\d)\2\1", "1221").span())
print(re.match(r"(x*)y\1", "xxyxx").groups())
