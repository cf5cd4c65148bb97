a = b = c = 1
del (a, [b, c])
