# Patterns that can match the empty string, in loops and searches.
import re

print(re.match("(a|)*", "aa").groups())
print(re.match("(a*)+", "aab").groups())
print(re.match("(a*)*", "b").groups())
print(re.match("(a?)*?c", "aac").groups())
print(re.match("(?:a*)*", "aaa").span())
print(re.match("(a*)*b", "aaab").groups())
print(re.match("(|a)+", "a").span())
print(re.fullmatch("(|a)+", "a").groups())
print(re.match("((a)|b?)*", "ab").groups())
print(re.match("(a|b)*?c", "abc").groups())
print(re.findall("(a|)", "ab"))
print(re.match("()*", "x").groups())
print(re.match("(?:)+", "x").span())
