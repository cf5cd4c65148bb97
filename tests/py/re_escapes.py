# Class escapes and escaped metacharacters.
import re

s = "ab 12\tc_d\n3!"
for e in [r"\d", r"\D", r"\w", r"\W", r"\s", r"\S"]:
    print(e, re.findall(e, s))
print(re.findall(r"\.", "a.b.c"))
print(re.findall(r"\*\+\?", "*+?"))
print(re.findall(r"\(\)\[\]\{\}", "()[]{}"))
print(re.findall(r"\\", "a\\b"))
print(re.findall(r"\^\$\|", "^$|"))
print(re.match(r"\x41\x42", "AB").group())
print(re.match(r"\101", "A").group())
print(repr(re.match(r"\0", "\x00").group()))
print(repr(re.match(r"\t\n\r\f\v", "\t\n\r\f\v").group()))
print(re.match(r"\u00e9", "\u00e9").span())
print(re.findall(r"\-\#\&\~", "-#&~"))
print(re.findall(r"\d+\.\d+", "pi=3.14, e=2.72"))
