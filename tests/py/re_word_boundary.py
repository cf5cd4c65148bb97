# \b and \B.
import re

print(re.findall(r"\bfoo\b", "foo foobar barfoo foo."))
print(re.findall(r"\Bo\B", "foo boot"))
print(re.search(r"\b", "").__class__.__name__)
print(re.search(r"\B", ""))
print(re.search(r"\b", "a").span())
print(re.findall(r"\b\w", "hello big world"))
print(re.sub(r"\b", "|", "ab cd"))
print(re.split(r"\b", "ab cd"))
print(re.search(r"\bx", "yx"))
print(re.search(r"\Bx", "yx").span())
