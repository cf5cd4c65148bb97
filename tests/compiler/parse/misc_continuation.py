x = 1 + \
    2 + \
    y
if a and \
   b:
    pass
