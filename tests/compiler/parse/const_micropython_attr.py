import micropython
X = micropython.const(5)
Y = X + 1
from micropython import const as c
Z = c(3)
W = Z + 1
