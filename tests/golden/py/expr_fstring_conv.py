class Thing:
    def __repr__(self):
        return "Thing()"

    def __str__(self):
        return "a thing"


t = Thing()
s = "quote's"
print(f"{t} {t!s} {t!r}")
print(f"{s!r} {s!s}")
print(f"{t!r:>12}|{t!s:<10}|")
print(f"{[1, 'a']!r}")
print(f"{s=}")
print(f"{1 + 2=}")
