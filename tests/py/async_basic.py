async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return y
coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print('result', e.value)
class Sleep:
    def __await__(self):
        yield 'tick'
        return 'woke'
async def task():
    r = await Sleep()
    print('task got', r)
    return 'finished'
t = task()
print(t.send(None))
try:
    t.send(None)
except StopIteration as e:
    print('done', e.value)
def run(coros):
    results = []
    queue = list(coros)
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            results.append(e.value)
    return results
async def worker(n):
    for i in range(n):
        await Sleep()
    return n
print(run([worker(3), worker(1), worker(2)]))
