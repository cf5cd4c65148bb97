def inner(n):
    for i in range(n):
        received = yield i
        if received:
            yield "got " + str(received)
    return n * 10


def outer():
    result = yield from inner(3)
    yield "inner returned %d" % result
    yield from ["a", "b"]
    yield from (c for c in "xy")
    yield from range(2)


def delegate_chain(depth):
    if depth == 0:
        yield "bottom"
        return
    yield "level %d" % depth
    yield from delegate_chain(depth - 1)


print(list(outer()), list(delegate_chain(3)))
g = inner(2)
print(next(g), g.send("hi"), next(g))
