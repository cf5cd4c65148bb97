x = 1 if True else 2
y = 1 if 0 else 2
z = a if 1 else b
