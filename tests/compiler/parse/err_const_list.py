from micropython import const
X = const([1])
