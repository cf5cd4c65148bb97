# fullmatch must cover the whole (or the endpos-limited) string.
import re

print(re.fullmatch("a|ab", "ab").group())
print(re.fullmatch("a*?", "aaa").span())
print(re.fullmatch(".*", "abc\n"))
print(re.fullmatch("[a-z]+", "hello").span())
print(re.fullmatch("[a-z]+", "hello!"))
print(re.fullmatch("", ""))
print(re.fullmatch("(a)(b)?", "a").groups())
print(re.compile("ab").fullmatch("xaby", 1, 3).span())
print(re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){3}", "192.168.0.1") is not None)
print(re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){3}", "192.168.0") is not None)
