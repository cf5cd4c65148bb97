# Coroutines driven by hand: custom awaitables (__await__), await chains,
# send() values into them, exceptions thrown in, a tiny round-robin loop.
class Sleep:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        got = yield ("sleep", self.n)
        return got


async def worker(name, steps, log):
    total = 0
    for i in range(steps):
        got = await Sleep(i)
        total += got
        log.append((name, i, got))
    return name + ":" + str(total)


async def outer(log):
    a = await worker("a", 2, log)
    try:
        await Sleep(-1)
    except ValueError as e:
        log.append(("caught", str(e)))
    return a


def run(coros):
    results = {}
    ready = [(c, None) for c in coros]
    tick = 0
    while ready:
        coro, value = ready.pop(0)
        try:
            req = coro.send(value)
            tick += 1
            if req == ("sleep", -1):
                try:
                    req = coro.throw(ValueError("negative sleep"))
                except StopIteration as e:
                    results[id(coro)] = e.value
                    continue
            ready.append((coro, tick * 10))
        except StopIteration as e:
            results[id(coro)] = e.value
    return results, tick


log = []
cs = [worker("w1", 3, log), worker("w2", 2, log), outer(log)]
res, ticks = run(cs)
print(sorted(res.values()), ticks)
for entry in log:
    print(entry)


class AsyncCtx:
    async def __aenter__(self):
        print("enter")
        return self

    async def __aexit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return True


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * self.i


async def use():
    async with AsyncCtx() as c:
        out = []
        async for v in Counter(4):
            out.append(v)
        print(out, type(c).__name__)
        raise KeyError("x")
    return "done"


c = use()
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
