*a, b = c
a, *b = c
a, *b, c = d
[*a] = b
f(*a)
x = [*a, *b]
x = {*a}
x = *a, *b
for *a, b in c:
    pass
