def f(stream):
    async for item in stream:
        pass
