def g():
    yield
    yield x
    yield x, y
    yield 1, 2
    yield from h()
    x = yield
    x = yield y
    x = yield from z
    f((yield))
    return (yield x)
