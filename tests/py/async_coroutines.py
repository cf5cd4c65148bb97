# coroutines driven by hand, without an event loop
class Wait:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield self.v
        return got

async def child(n):
    r = await Wait(n)
    return r * 2

async def parent():
    a = await child(1)
    b = await child(2)
    return a + b

def run(coro, answers):
    it = iter(answers)
    try:
        v = coro.send(None)
        while True:
            print('yielded', v)
            v = coro.send(next(it))
    except StopIteration as e:
        return e.value
print('result', run(parent(), [10, 20]))

class AIter:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Wait('tick')
        return self.i

async def use_async_for():
    total = []
    async for x in AIter(3):
        total.append(x)
    else:
        total.append('else')
    return total
print(run(use_async_for(), [None] * 3))

class ACM:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print('enter', self.name)
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return t is KeyError

async def use_async_with():
    async with ACM('a') as x:
        print('inside', x)
    async with ACM('b'):
        raise KeyError('suppressed')
    try:
        async with ACM('c'):
            raise ValueError('escapes')
    except ValueError as e:
        print('caught', e)
    return 'ok'
print(run(use_async_with(), []))

async def simple():
    return 5
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print('value', e.value)

async def raiser():
    raise RuntimeError('inside coroutine')
try:
    raiser().send(None)
except RuntimeError as e:
    print('propagated', e)
