# Expressions that look constant but must run at run time.
try:
    a = 1 // 0
except ZeroDivisionError:
    a = "div"
try:
    b = 5 % 0
except ZeroDivisionError:
    b = "mod"
try:
    c = 1 << -1
except ValueError:
    c = "shift"
d = 2 ** -1
e = 1.5 + 2
f = "ab" * 3
g = (1, 2) + (3,)
h = "x" + "y"
i = not 1
j = 3 < 4
k = 2 ** 0.5
print(a, b, c, d, e, f, g, h, i, j, k)
