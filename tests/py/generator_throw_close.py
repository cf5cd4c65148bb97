def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught in gen', e)
        yield 'recovered'
    finally:
        print('gen finally')
it = g()
print(next(it))
print(it.throw(ValueError('boom')))
try:
    next(it)
except StopIteration:
    print('done')
it2 = g()
print(next(it2))
it2.close()
print('closed')
try:
    next(it2)
except StopIteration:
    print('closed gen stops')
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError', e)
def sub():
    try:
        yield 'a'
    except KeyError:
        yield 'sub caught'
def deleg():
    yield from sub()
d = deleg()
print(next(d), d.throw(KeyError('k')))
def unstarted():
    yield 1
u = unstarted()
try:
    u.send(5)
except TypeError as e:
    print('TypeError', e)
