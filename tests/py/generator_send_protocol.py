def averager():
    total = 0
    n = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        n += 1
        avg = total / n
    return (n, avg)

g = averager()
print(next(g))
for v in (10, 20, 30, 5):
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print('done', e.value)

def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught in gen', e)
        yield 'recovered'
    finally:
        print('gen finally')

g = gen()
print(next(g))
print(g.throw(ValueError('boom')))
try:
    next(g)
except StopIteration:
    print('exhausted')

g = gen()
print(next(g))
g.close()
print('closed')
try:
    next(g)
except StopIteration:
    print('stop after close')

def not_started():
    yield 1
g = not_started()
try:
    g.send(5)
except TypeError as e:
    print('TypeError', e)

def ignores_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignores_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError', e)

def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print('ValueError', e)

def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == 'reset':
            i = 0
        else:
            i += 1
c = counter()
print([next(c) for _ in range(3)], c.send('reset'), next(c))
