from micropython import const
a: int = const(1)
b = c = const(2)
d += const(3)
e, f = const(4)
g = const(5) + 1
h = const
i = const[1]
j = (const(6))
k = x.const(7)
