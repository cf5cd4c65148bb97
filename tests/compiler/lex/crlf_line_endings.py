if a:
    b = 'x'

c = 1
