from micropython import const
X = const(UNDEFINED + 1)
