async def f():
    await (yield)
    await (a + b)
    await [1][0]
    await a()()
    return await (await a)
