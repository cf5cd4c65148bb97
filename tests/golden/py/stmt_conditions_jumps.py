# Conditions in if/while compile to conditional jumps with short-circuit logic.
def check(a, b, c):
    r = 0
    if a and b:
        r |= 1
    if a or b:
        r |= 2
    if not a:
        r |= 4
    if not (a and b):
        r |= 8
    if not (a or b):
        r |= 16
    if a and (b or c):
        r |= 32
    if (a or b) and not c:
        r |= 64
    if a and b and c:
        r |= 128
    if a or b or c:
        r |= 256
    if (a and b) or (b and c) or (a and c):
        r |= 512
    if a is None or b is not None:
        r |= 1024
    if a < b and b < c or c < a:
        r |= 2048
    return r


def loops(n):
    i = 0
    while i < n and i != 7:
        i += 1
    while not i or i > 100:
        i += 1
    while (i and n) or False:
        i -= 1
        if i < 3:
            break
    return i


print([check(a, b, c) for a in (0, 1) for b in (0, 1) for c in (0, 1)], loops(10))
