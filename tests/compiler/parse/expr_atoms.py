x
1
a = 1
b = 1.5
c = 1j
d = "str"
e = b"bytes"
f = ...
g = None
h = True
i = False
j = x
