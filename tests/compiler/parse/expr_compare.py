a < b
a > b
a == b
a >= b
a <= b
a != b
a in b
a not in b
a is b
a is not b
a < b < c
a < b == c != d
x = not a
x = not a == b
x = a is not None
