def gen(n):
    for i in range(n):
        yield i * 2
print(list(gen(4)))
g = gen(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print('StopIteration')
def echo():
    got = yield 'ready'
    while True:
        got = yield 'got ' + str(got)
e = echo()
print(next(e), e.send(1), e.send('x'))
def with_return():
    yield 1
    return 'done'
w = with_return()
print(next(w))
try:
    next(w)
except StopIteration as s:
    print('returned', s.value)
def inner():
    x = yield 1
    yield x
    return 'inner-result'
def outer():
    r = yield from inner()
    yield r
o = outer()
print(next(o), o.send('sent'), next(o))
def delegate():
    yield from range(3)
    yield from [7, 8]
print(list(delegate()))
print(next(gen(0), 'default'))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
