# Bad replacement templates raise re.error (or IndexError for names).
import re

for r in [r"\2", r"\g<2>", r"\g<x>", r"\g<1", r"\g", r"\q", "x\\", r"\g<>", r"\g<-1>", r"\400"]:
    try:
        print(repr(r), repr(re.sub("(a)", r, "xa")))
    except re.error as e:
        print(repr(r), "error:", e)
    except IndexError as e:
        print(repr(r), "IndexError:", e)
try:
    re.sub("x", r"\5", "abc")
except re.error as e:
    print("no match needed:", e)
print(repr(re.sub("(a)", r"\08", "a")))
print(repr(re.sub("(a)", r"\&", "a")))
