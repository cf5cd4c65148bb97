# bytes % args and bytearray % args (PEP 461), compared with CPython 3.11.
import array


def show(a):
    # Reprs without object addresses.
    if isinstance(a, memoryview):
        return "memoryview(" + repr(a.tobytes()) + ")"
    if isinstance(a, tuple):
        return "(" + ", ".join([show(x) for x in a]) + ")"
    return repr(a)


def t(fmt, args):
    try:
        print(repr(fmt), "%", show(args), "->", repr(fmt % args))
    except Exception as e:
        print(repr(fmt), "%", show(args), "!!", type(e).__name__, e)


class B:
    def __bytes__(self):
        return b"<B>"

    def __repr__(self):
        return "B()"


class R:
    def __repr__(self):
        return "R\u00e9"


class I:
    def __index__(self):
        return 65

    def __repr__(self):
        return "I()"


class F:
    def __float__(self):
        return 2.5

    def __repr__(self):
        return "F()"


class N:
    def __int__(self):
        return 7

    def __repr__(self):
        return "N()"


class M:
    def __getitem__(self, key):
        return key * 2

    def __repr__(self):
        return "M()"


# %c
t(b"%c", b"i")
t(b"%c", bytearray(b"j"))
t(b"%c", 65)
t(b"%c", 255)
t(b"%c", 0)
t(b"%c", 256)
t(b"%c", 300)
t(b"%c", -1)
t(b"%c", b"ab")
t(b"%c", b"")
t(b"%c", "i")
t(b"%c", 1.5)
t(b"%3c|%-3c", (65, 66))
t(b"%c", I())

# %b and %s
t(b"%b", b"x")
t(b"%b", bytearray(b"x"))
t(b"%b", memoryview(b"x"))
t(b"%s", b"x")
t(b"%s", bytearray(b"xy"))
t(b"%s", memoryview(b"xyz"))
t(b"%s", "text")
t(b"%b", "text")
t(b"%b", 5)
t(b"%s", 5)
t(b"%s", None)
t(b"%s", B())
t(b"%b", B())
t(b"%5s|%-5b|%.2s|%5.1b", (b"ab", b"cd", b"efg", b"hij"))
t(b"%05s", b"ab")
t(b"%*s", (4, b"a"))
t(b"%-*.*b", (5, 2, b"abc"))

# %r and %a
t(b"%r", "x")
t(b"%a", "x")
t(b"%r", "\u00e9")
t(b"%a", "\u00e9")
t(b"%a", "\u20ac")
t(b"%r", b"x")
t(b"%a", b"x")
t(b"%r", 12)
t(b"%r", [1, "\u00e9"])
t(b"%r", R())
t(b"%a", R())
t(b"%6r|%-6a|%.2r", ("a", "b", "cde"))

# mapping keys are bytes
t(b"%(k)d", {b"k": 1})
t(b"%(k)d", {"k": 1})
t(b"%(k)s %(n)05.1f", {b"k": b"v", b"n": 2.25})
t(b"%(k)s", (1,))
t(b"%(k)s %s", {b"k": 1})
t(b"%(k", {b"k": 1})

# integers
for spec in [b"%d", b"%i", b"%u", b"%x", b"%X", b"%o", b"%5d", b"%-5d|", b"%05d", b"%+d", b"% d",
             b"%#x", b"%#X", b"%#o", b"%#5x", b"%#05x", b"%.3d", b"%8.3d", b"%-8.3x|", b"%+.3d",
             b"%#.3o", b"%#8.3x", b"%08.3d", b"% 05d", b"%+#x"]:
    t(spec, 42)
    t(spec, -42)
t(b"%d", 2 ** 70)
t(b"%x", -(2 ** 70))
t(b"%d", True)
t(b"%d", 3.99)
t(b"%x", 3.5)
t(b"%o", 8.5)
t(b"%d", I())
t(b"%x", I())
t(b"%d", "x")
t(b"%i", "x")
t(b"%u", b"x")
t(b"%x", "x")
t(b"%X", "x")
t(b"%o", "x")
t(b"%d", None)
t(b"%x", [])

# floats
for spec in [b"%e", b"%E", b"%f", b"%F", b"%g", b"%G", b"%.2e", b"%10.3f", b"%-10.3f|", b"%010.3f",
             b"%+f", b"% f", b"%#g", b"%#.0f", b"%.0e", b"%.10g", b"%#x" if False else b"%g"]:
    t(spec, 3.14159)
    t(spec, -1234567.875)
t(b"%f", 1e300)
t(b"%g", 1e-10)
t(b"%f", float("inf"))
t(b"%F", float("-inf"))
t(b"%e", float("nan"))
t(b"%f", 5)
t(b"%f", F())
t(b"%f", "x")
t(b"%e", b"x")
t(b"%g", None)

# %%
t(b"%%", ())
t(b"100%% %d%%", 5)
t(b"%5%", ())

# argument counts
t(b"%d %d", 1)
t(b"%d %d", (1,))
t(b"%d", (1, 2))
t(b"abc", 1)
t(b"abc", ())
t(b"abc", b"x")
t(b"abc", {b"k": 1})
t(b"abc", [1])
t(b"%s", ())
t(b"%s", (b"a",))
t(b"%s", [b"a"])
t(b"%", 1)
t(b"%z", 1)
t(b"%\xff", 1)
t(b"%5", 1)
t(b"%*d", (b"x", 1))

# which arguments count as a mapping (no "not all arguments converted")
for a in ["x", bytearray(b"x"), memoryview(b"x"), b"x", [1], range(3), (), {}, M(), 5]:
    t(b"abc", a)
    t("abc", a)
t(b"%(ab)s", M())
t("%(ab)s", M())
t(b"%(a)s", [1])
t(b"%(a)s", ({b"a": 1},))
t(b"%(a", {b"a": 1})
t(b"%(a", 1)
t(b"%((a))s", {b"(a)": b"p"})
t(b"%(a)s %s", {b"a": b"1"})
t(b"%s %(a)s", {b"a": b"1"})
t(b"%(a)*d", {b"a": 1})
t(b"%(a)%", {b"a": 1})
t(b"%s", {b"a": 1})

# '*', negative widths and precisions, length modifiers
t(b"%*d|", (-4, 1))
t(b"%-*d|", (3, 1))
t(b"%.*f", (-1, 1.5))
t(b"%*d", (True, 1))
t(b"%*d", (1.0, 1))
t(b"%.*s", (1.0, b"ab"))
t(b"%*.*r", (3, 1, "x"))
t(b"%*", (1,))
t(b"%.", 1)
t(b"%ld %hd %Li", (1, 2, 3))
t(b"%(a)ld", {b"a": 4})

# more integer and float argument types
t(b"%d", N())
t(b"%x", N())
t(b"%c", N())
t(b"%i", 1.5)
t(b"%u", "x")
t(b"%d", 1j)
t(b"%x", 1j)
t(b"%d", float("inf"))
t(b"%d", float("nan"))
t(b"%f", I())
t(b"%f", 2 ** 2000)
t(b"%c", True)
t(b"%c", 2 ** 70)
t(b"% +d|%+ d", (1, 1))
t(b"%05c|%05s|%05r", (65, b"a", "a"))
t(b"%5c|", b"\xe9")
t(b"%5%", 1)
t(b"%-5%|", 1)
t(b"%z", ())
t(b"%\x01", 1)
t(b"%~", 1)

# more %s / %r / %a
t(b"%s", array.array("B", [65, 66]))
t(b"%s", array.array("h", [65]))
t(b"%s", memoryview(b"abcdef")[::2])
t(b"%s", bytes)
t(b"%a", "\U0001f600\u20ac\x7f\n")
t(b"%r", "\U0001f600")
t(b"%s", (b"a", b"b")[0:1])

# non-ASCII bytes in the format pass through
t(b"\xff%d\x80", 7)
t(b"\xe9%s", b"\xe9")

# bytearray % gives bytearray
t(bytearray(b"%d"), 5)
t(bytearray(b"%s-%b"), (b"a", bytearray(b"b")))
t(bytearray(b"%c"), 300)
r = bytearray(b"%d") % 5
print(type(r).__name__, r)
r = b"%d" % 5
print(type(r).__name__, r)
ba = bytearray(b"%d+")
ba %= 3
print(type(ba).__name__, ba)
bb = b"%s!"
bb %= b"q"
print(type(bb).__name__, bb)

# str % still follows the str rules (and shares the fixes)
t("%.1s|%3s|", ("\u00e9t\u00e9", "\u00e9"))
t("%a|%r", ("\U0001f600", "\U0001f600"))
t("%a", "\u00e9")
t("%5c|%-3c|", (65, "\u00e9"))
t("%c", 1.5)
t("%c", 0x110000)
t("%c", I())
t("%#.3o|%#8.3x|%#08.3X|%08.3d", (42, 42, 42, -42))
t("%x", 3.5)
t("%d", I())
t("%d", N())
t("%x", N())
t("%i|%u", ("x", 1))
t("%f", "x")
t("%f", I())
t("%f", 2 ** 2000)
t("%\u00e9", 1)
t("\u00e9%\u00e9", 1)
t("%\x01", 1)
t("%\x1f", 1)
t("%((a))s", {"(a)": 1})
t("%(a)s %s", {"a": 1})
t("%s %(a)s", {"a": 1})
t("%*.*s %(a)s", {"a": 1})
t("%s %%", ())
t("%c", 300)
t("%s", b"x")
t("%(k)d", {"k": 1})
t("%b", 1)
t("%d", (1, 2))
t("%c", "ab")

# join
def j(sep, items):
    try:
        r = sep.join(items)
        print(repr(sep), "join ->", type(r).__name__, r)
    except Exception as e:
        print(repr(sep), "join !!", type(e).__name__, e)


j(b"", [b"a", memoryview(b"b"), bytearray(b"c")])
j(b"-", [b"a", memoryview(b"b"), bytearray(b"c")])
j(bytearray(b"+"), [b"a", memoryview(b"b")])
j(bytearray(b""), [])
j(b",", [b"a", "b"])
j(b",", [b"a", 1])
j(b",", ["a"])
j(",", ["a", b"b"])
j(",", ["a", 1])
j(b"", iter([b"x", b"y"]))
j(b"", [array.array("B", [65, 66])])
j(b"-", [array.array("h", [1, 2])])
j(b"", [memoryview(b"abcd")[::2]])
j(bytearray(b"-"), (x for x in [b"a", bytearray(b"b")]))
j(",", [memoryview(b"x")])
