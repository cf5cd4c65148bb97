import math
a = math.pi
b = math.e
c = math.tau
d = math.inf
e = math.nan
f = math.sqrt
g = math.pi * 2
h = -math.inf
i = math.pi.real
j = math.foo
k = math.pi()
l = 2 * math.pi / 3
m = math.e ** 2
