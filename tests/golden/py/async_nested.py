async def leaf(v):
    return v


async def branch(values):
    out = []
    for v in values:
        if v % 2:
            out.append(await leaf(v))
        else:
            try:
                out.append(await leaf(-v))
            finally:
                out.append(0)
    return out


class Service:
    async def start(self):
        self.running = await leaf(True)
        return self

    async def handle(self, req):
        async def inner():
            return await leaf(req.upper())
        return await inner()


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


svc = run(Service().start())
print(run(branch([1, 2, 3])), svc.running, run(svc.handle("req")))
lam = lambda: leaf(3)
print(run(lam()))
