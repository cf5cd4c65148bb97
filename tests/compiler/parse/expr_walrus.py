if (x := f()):
    pass
while (y := g()) is not None:
    pass
z = [y := 1, y ** 2]
print((a := 1), a)
f(b := 2)
w = (c := 3)
[d := 4]
