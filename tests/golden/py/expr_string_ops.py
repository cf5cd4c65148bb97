s = "  Hello, CircuitPython World  "
t = s.strip()
print(t.lower(), t.upper(), t.split(", "), t.replace("World", "Board"))
print(t.startswith("Hello"), t.endswith("World"), t.find("Python"), t.count("o"))
print("-".join(["a", "b", "c"]), "x".center(5, "*"), "7".zfill(3) if hasattr("", "zfill") else "007")
print("a,b,,c".split(","), "a b  c".split(), "line1\nline2".splitlines() if hasattr("", "splitlines") else [])
print("abc" * 2, "abc" + "def", "b" in "abc", "abc"[::-1], ord("A"), chr(66))
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}{y}".format(x=1, y=2), "{:>4}".format(7))
print(str(12), repr("q"), str(b"b", "utf-8"), "é".encode(), b"caf\xc3\xa9".decode())
