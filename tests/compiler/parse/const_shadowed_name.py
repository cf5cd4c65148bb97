from micropython import const
const = print
X = const(1)
Y = X
