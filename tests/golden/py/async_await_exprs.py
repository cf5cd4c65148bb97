async def val(x):
    return x


async def exprs():
    a = await val(1) + await val(2)
    b = [await val(3), await val(4)]
    c = {"k": await val(5)}
    d = f"{await val(6)}-{await val(7)!r}"
    e = (await val(8)) if await val(True) else None
    g = await val(await val(9))
    h = -await val(10)
    if await val(0) or await val(11):
        i = "branch"
    while not await val(1):
        pass
    return a, b, c, d, e, g, h, i


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(exprs()))
