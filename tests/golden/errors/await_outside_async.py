def f(coro):
    return [await c for c in coro]
