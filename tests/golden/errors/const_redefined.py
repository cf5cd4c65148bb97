from micropython import const
LIMIT = const(10)
LIMIT = const(20)
