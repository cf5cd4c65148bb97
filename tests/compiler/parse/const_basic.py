from micropython import const
X = const(1)
Y = const(X + 1)
Z = const(1 << 4)
print(X, Y, Z)
a = X * 2
b = [X, Y, Z]
