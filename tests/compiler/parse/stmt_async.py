async def f():
    await x
    await f(1)
    await a.b
    await a[0]
    x = await y
    async for a in b:
        pass
    async for a in b:
        pass
    else:
        pass
    async with a:
        pass
    async with a as b, c as d:
        pass
    return await x
async def g(a, *b):
    yield a
