class Stream:
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


class Ctx:
    async def __aenter__(self):
        return "ctx"

    async def __aexit__(self, *a):
        return None


async def worker(rows):
    total = 0
    for row in rows:
        async for item in Stream(row):
            async with Ctx() as c:
                if item is None:
                    continue
                if item < 0:
                    break
                total += item
    while total > 100:
        async with Ctx():
            total -= 100
    return total


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(worker([[1, 2, None, 3], [4, -1, 5], [60, 70]])))
