async def agen(n):
    for i in range(n):
        yield i


async def helper():
    return 5


async def mixed():
    x = await helper()
    yield x
    yield x + 1


print(type(agen(2)).__name__ if hasattr(agen(2), "__name__") else "made", mixed)
