async def f():
    await a
    x = await a + 1
    y = await a ** 2
    z = -await a
    await a.b.c()
    w = [await q for q in r]
