from micropython import const
X = const(len('abc'))
