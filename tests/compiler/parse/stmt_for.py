for x in y:
    pass
for x, y in z:
    pass
for (x, y) in z:
    pass
for x in a, b:
    pass
for x in 1, 2, 3:
    pass
for x in range(10):
    pass
else:
    done()
for *a, b in c:
    pass
for x.y in z:
    pass
for x[0] in z:
    pass
