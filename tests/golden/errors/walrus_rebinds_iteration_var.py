items = [1, 2]
r = [x := x + 1 for x in items]
