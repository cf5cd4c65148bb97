# Constant tuples become a single constant object.
A = (1, 2, 3)
B = ("a", "b")
C = (1, (2, (3, (4,))))
D = (1.0, 2.0)
E = (None, True, False, ...)
F = (b"x", "y", 10 ** 30)
G = (1, [2])
H = ()
I = (-1, -2, +3, ~4)


def get():
    return (10, 20, 30), ("k", "v")


for t in (A, B, C, D, E, F, G, H, I, get()):
    print(t)
