from micropython import const
LIMIT = const(10)
LIMIT += 1
