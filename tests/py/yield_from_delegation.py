def inner():
    x = yield 'a'
    print('inner got', x)
    y = yield 'b'
    print('inner got', y)
    return 'inner result'

def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'c'

g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
try:
    next(g)
except StopIteration:
    print('end')

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), range(4, 6), 'xy')))

def thrower():
    try:
        yield 1
    except KeyError:
        yield 'handled by inner'
def deleg():
    yield from thrower()
    yield 'after'
g = deleg()
next(g)
print(g.throw(KeyError))
print(next(g))

def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print('inner closed')
def closing_outer():
    yield from closing_inner()
g = closing_outer()
next(g)
g.close()

def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))

def ret_value():
    return 42
    yield
def get():
    v = yield from ret_value()
    yield v
print(list(get()))

class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i * 10
def from_iter():
    yield from It()
print(list(from_iter()))

def gen_exc():
    yield 1
    raise ValueError('from inner')
def wrap():
    try:
        yield from gen_exc()
    except ValueError as e:
        yield 'wrapped ' + str(e)
print(list(wrap()))
