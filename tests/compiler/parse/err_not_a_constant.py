from micropython import const
X = const(x)
