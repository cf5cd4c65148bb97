class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow
with Ctx('a') as c:
    print('inside', c.name)
with Ctx('b', swallow=True):
    raise ValueError('swallowed')
print('after b')
try:
    with Ctx('c'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', e)
def f():
    with Ctx('d'):
        return 'returned'
print(f())
for i in range(3):
    with Ctx('loop%d' % i):
        if i == 1:
            continue
        if i == 2:
            break
        print('body', i)
with Ctx('x') as x, Ctx('y') as y:
    print('two', x.name, y.name)
