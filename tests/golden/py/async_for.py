class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def consume():
    seen = []
    async for t in Ticker(3):
        seen.append(t)
    async for t in Ticker(5):
        if t == 2:
            continue
        if t == 4:
            break
        seen.append(-t)
    else:
        seen.append("no else")
    async for t in Ticker(0):
        pass
    else:
        seen.append("else ran")
    return seen


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(consume()))
