x = a if b else c
x = a if b else c if d else e
x = (a if b else c)
x = lambda: a if b else c
x = [a if b else c for a in d]
x = 1 if y else 2
