def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
def delegate():
    yield from gen(3)
    return (yield)
g = (x * x for x in gen(5) if x % 2)
