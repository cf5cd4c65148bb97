def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens():
    for v in count_up(10):
        if v % 2 == 0:
            yield v


def with_return():
    yield 1
    yield 2
    return "finished"


def empty():
    return
    yield


def expression_yield():
    x = yield
    y = yield x * 2
    yield x, y


print(list(count_up(4)), list(evens()), list(with_return()), list(empty()))
g = expression_yield()
next(g)
print(g.send(5), g.send(7))
