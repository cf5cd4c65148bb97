x = 1, 2
x = (1, 2)
x = (1,)
x = 1,
x = (1, 2, 3, 4, 5)
x = ((1, 2), (3, 4))
x = (1, (2, (3, ())))
def f():
    return 1, 2
for i in 1, 2, 3:
    pass
a[1, 2]
a[1,]
x = (None, True, False, ...)
x = (1.5, 2j, -3)
