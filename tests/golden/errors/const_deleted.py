from micropython import const
LIMIT = const(10)
del LIMIT
