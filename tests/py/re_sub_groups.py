# Group references in replacement templates.
import re

print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@example"))
print(re.sub(r"(\w+)@(\w+)", r"\g<2> at \g<1>", "joe@example"))
print(re.sub(r"(a)(b)", r"\g<0>\g<0>", "ab-ab"))
print(re.sub(r"(\d+)", r"<\1>", "a1b22"))
print(re.sub(r"(\d)", r"\g<1>0", "1 2"))
print(re.sub(r"(?P<word>\w+)", r"[\g<word>]", "hi there"))
print(re.sub("(a)|b", r"(\1)", "ab"))
print(re.sub(r"(x)(y)?", r"\2\1", "xyx"))
print(re.sub(r"((a)(b))", r"\3\2\1", "ab"))
m = re.match(r"(\w+) (\w+)", "John Smith")
print(m.expand(r"\2, \1"))
print(m.expand(r"\g<0>!"))
