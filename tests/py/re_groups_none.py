# Groups that did not take part in the match are None (or the default).
import re

m = re.match("(a)|(b)", "b")
print(m.groups(), m.group(1), m.group(2))
m = re.match("(x)?y", "y")
print(m.group(1), m.groups(), m.groups(0))
m = re.match("(?:(a)|b)+", "ab")
print(m.groups())
m = re.match("((a)|(b))*", "abba")
print(m.groups())
m = re.search("(a)(b)?c|(d)", "xxd")
print(m.groups(), m.span(), m.span(1), m.span(3))
print(re.sub("(a)|b", r"[\1]", "abab"))
print(re.split("(a)|b", "1a2b3"))
print(re.findall("(a)|(b)", "ab"))
