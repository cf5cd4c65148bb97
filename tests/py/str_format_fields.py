# str.format field names, conversions, nesting, escaping

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __str__(self):
        return "P<%d,%d>" % (self.x, self.y)
    def __repr__(self):
        return "P(%d, %d)" % (self.x, self.y)

p = P(3, 4)
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{2}{1}{0}".format("x", "y", "z"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0} and {who}".format("me", who="you"))
print("{0.x} {0.y} {p.x}".format(p, p=P(7, 8)))
print("{0[1]} {0[0]} {1[2]}".format([10, 20], "abc"))
print("{d[key]} {d[other]} {0[k]}".format({"k": "K"}, d={"key": 1, "other": 2}))
print("{0[0].x} {pts[1].y}".format([p], pts=[p, P(5, 6)]))
print("{0[1][0]}".format([[0], ["deep"]]))
print("{!r} {!s} {}".format(p, p, p))
print("{0!r:>12}|{0!s:<10}|".format(p))
print("{!r}".format("quote'd"), "{!s}".format("plain"))
print("{:{width}}|".format("ab", width=6))
print("{:{}}|{:>{}}|".format("x", 4, "y", 3))
print("{:{fill}{align}{w}.{prec}f}".format(3.14159, fill="*", align="^", w=10, prec=2))
print("{0:{1}d}|{0:0{1}d}".format(42, 6))
print("{{}} {{{0}}} {{x}}".format("in"))
print("{{".format(), "}}".format(), "a{{b}}c".format())
print("{:,}".format(1234567), "{:_}".format(1234567), "{:+d}".format(5))
print("{:08.3f}".format(-3.14159), "{:e}".format(12345.678), "{:%}".format(0.25))
print("{:x} {:X} {:o} {:b} {:#x} {:#b}".format(255, 255, 8, 5, 255, 5))
print("{:c}".format(65), "{:^7}".format("mid"), "{:*<5}".format("l"))
print("{} {}".format(True, None), "{:d}".format(True))
print("{0}{0}{0}".format("ab"), "".format(), "no fields".format(1, 2))

for fmt, args, kwargs in [
    ("{} {}", (1,), {}),
    ("{0} {}", (1, 2), {}),
    ("{} {1}", (1, 2), {}),
    ("{missing}", (), {}),
    ("{0[5]}", ([1],), {}),
    ("{0.nope}", (p,), {}),
    ("{", (), {}),
    ("}", (), {}),
    ("{0!x}", (1,), {}),
    ("{:d}", ("s",), {}),
    ("{0[key]}", ({},), {}),
]:
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(fmt, "->", type(e).__name__)
