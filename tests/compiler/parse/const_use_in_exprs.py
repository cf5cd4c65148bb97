from micropython import const
A = const(4)
B = const(A * A)
C = const((A, B))
x = A + B
y = -A
z = A or B
w = not A
v = (A, B)
if A:
    pass
u = A if B else 0
t = C
s = x.A
r = A.x
