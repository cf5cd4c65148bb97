def g():
    x = yield 1
    y = yield x * 2
    return x + y
it = g()
print(next(it), it.send(5))
try:
    it.send(7)
except StopIteration as e:
    print('returned', e.value, e.args)
def wrapper():
    result = yield from g()
    yield 'result was %d' % result
w = wrapper()
print(next(w), w.send(1), w.send(2))
def empty():
    return
    yield
print(list(empty()))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup ran')
gf = gen_with_finally()
for v in gf:
    print(v)
    break
gf.close()
print('after loop')
