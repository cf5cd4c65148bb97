from micropython import const
TABLE = const([1, 2])
