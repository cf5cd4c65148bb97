if x:
    a = 1
if x:
    a = 1
else:
    a = 2
if x:
    a
elif y:
    b
elif z:
    c
else:
    d
if x: a = 1
if (n := 10) > 5:
    pass
