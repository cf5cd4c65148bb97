if 1:
    pass
if 0:
    pass
if "":
    pass
if "long string here":
    pass
if 1.0:
    pass
if None:
    pass
while (1 or x):
    pass
x = 1 if 1 or y else 2
y = (x and 0) or (1 and x)
z = 1 and 2 or 3
w = 0 or 1 and 2
