def yields_in_exprs():
    a = (yield 1) + (yield 2)
    b = [(yield 3), (yield 4)]
    c = {"k": (yield 5)}
    d = f((yield 6)) if False else (yield 7)
    yield a, b, c, d


def yield_tuple():
    yield 1, 2
    x = yield 3, 4
    yield x


def lambda_gen():
    g = lambda: (yield 10)
    return list(g())


gen = yields_in_exprs()
vals = [next(gen)]
for v in range(10, 16):
    vals.append(gen.send(v))
print(vals, list(yield_tuple()), lambda_gen())
