# bytes % formatting, join, repetition, comparisons

print(b"%d %s %x %c" % (42, b"str", 255, 65))
print(b"%5d|%-5d|%05d|%+d" % (7, 7, 7, 7))
print(b"%x %X %o %#x %#o" % (3054, 3054, 8, 255, 8))
print(b"%c%c%c" % (104, b"i", 33))
print(b"%s and %s" % (b"bytes", bytearray(b"array")))
print(b"%b" % b"via b", b"%b%b" % (b"x", bytearray(b"y")))
print(b"%.2f %e %g" % (3.14159, 1500.0, 0.0001))
print(b"%10.3f|" % 2.5, b"%-8s|" % b"left", b"%8s|" % b"right")
print(b"100%% sure %d" % 1, b"no args" % ())
print(b"%(name)s is %(age)d" % {b"name": b"Bob", b"age": 7})
print(b"%s" % b"single", b"%d" % 5, b"%i" % -3)
print(b"%*d|%-*d|" % (5, 42, 4, 1))

for fmt, args in [
    (b"%d", (b"x",)),
    (b"%s", ("text",)),
    (b"%d %d", (1,)),
    (b"%d", (1, 2)),
    (b"%c", (300,)),
    (b"%z", (1,)),
]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__)

print(b", ".join([b"a", b"b", b"c"]), b"".join([]), b"-".join([b"solo"]))
print(b"".join([bytearray(b"ba"), b"by", memoryview(b"mv")]))
print(bytearray(b"+").join([b"x", b"y"]), type(bytearray(b"+").join([])).__name__)
try:
    b",".join([b"a", "s"])
except TypeError:
    print("TypeError join str")
try:
    b",".join([1, 2])
except TypeError:
    print("TypeError join int")

print(b"ab" * 3, 3 * b"ab", b"x" * 0, b"x" * -2, bytearray(b"12") * 2)
r = b"abc"
r *= 2
print(r, len(b"\x00" * 10))
try:
    b"a" * 1.5
except TypeError:
    print("TypeError repeat float")

print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc")
print(b"" < b"\x00", b"\xff" > b"\x7f", b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b")
print(b"A" == "A", b"1" == 1, b"abc" <= b"abc", b"abc" >= b"abd")
print(sorted([b"pear", b"apple", b"Zebra", b"\x00", b"apples"]))
print(max(b"hello"), min([b"x", b"ab"]), b"ab" in b"cabd", 98 in b"abc")
try:
    b"a" < "a"
except TypeError:
    print("TypeError bytes < str")
print(b"abc" + b"def", bytes(3) + b"!", b"%s" % b"" == b"")
print(b"%d items cost %d.%02d" % (3, 19, 5))
print(b"[%s]" % b", ".join(b"%d" % i for i in range(4)))
