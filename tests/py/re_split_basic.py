# re.split and maxsplit.
import re

print(re.split(",", "a,b,c"))
print(re.split(r"\s+", "a  b\tc\n d"))
print(re.split(r"\s+", " a b "))
print(re.split("[,;]", "a,b;c", 1))
print(re.split("[,;]", "a,b;c", maxsplit=2))
print(re.split("x", "abc"))
print(re.split("x", ""))
print(re.split(",", ",a,"))
print(re.compile(r"\d").split("a1b2c3"))
print(re.compile(r"\d").split("a1b2c3", 2))
print(re.split("a", "aaa"))
