# __index__: objects usable where an integer index is required

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

lst = [10, 20, 30, 40, 50]
print(lst[Idx(1)], lst[Idx(-1)], "hello"[Idx(4)], (1, 2, 3)[Idx(0)])
print(lst[Idx(1):Idx(4)], lst[:Idx(2)], lst[::Idx(2)], lst[Idx(-2):])
print("abcdef"[Idx(1):Idx(5):Idx(2)], b"bytes"[Idx(1)], bytearray(b"xyz")[Idx(2)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), bin(Idx(-3)))
print(list(range(Idx(3))), list(range(Idx(1), Idx(10), Idx(4))))
print(range(10)[Idx(3)], range(20)[Idx(2):Idx(8):Idx(3)])
print([0] * Idx(3), "ab" * Idx(2), Idx(2) * "cd", b"x" * Idx(3), (1,) * Idx(2))
print(bytes(Idx(3)), bytearray(Idx(2)))
print(len("x" * Idx(0)), "%x" % Idx(255) if False else "skip")
m = list(lst)
m[Idx(0)] = "first"
del m[Idx(1)]
print(m)
m[Idx(1):Idx(3)] = ["A", "B", "C"]
print(m)
ba = bytearray(b"abc")
ba[Idx(0)] = Idx(65)
print(ba)
print(lst.pop(Idx(0)) if False else lst.index(30), lst.insert(Idx(1), 15) or lst)
print(round(2.567, Idx(1)), "{:d}".format(5))
print(int.from_bytes(bytes([1, 0]), "big"), (5).to_bytes(Idx(2), "big"))
print(bytes([Idx(104), Idx(105)]))

class BigIdx:
    def __index__(self):
        return 2 ** 70

print(hex(BigIdx()))
try:
    lst[BigIdx()]
except IndexError:
    print("IndexError big")

class BadIdx:
    def __index__(self):
        return "no"

class NoIdx:
    def __int__(self):
        return 1

for bad in [BadIdx(), NoIdx(), 1.0, "1"]:
    try:
        print(lst[bad])
    except TypeError:
        print("TypeError index", type(bad).__name__)
for bad in [NoIdx(), 2.0]:
    try:
        print(bin(bad))
    except TypeError:
        print("TypeError bin", type(bad).__name__)
    try:
        range(bad)
    except TypeError:
        print("TypeError range", type(bad).__name__)
print(int(NoIdx()), lst[True], "ab"[False])
