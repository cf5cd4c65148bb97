async def fetch(n):
    return n * 2


async def main():
    a = await fetch(1)
    b = await fetch(a)
    results = []
    for i in range(3):
        results.append(await fetch(i))
    return a, b, results


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


print(run(main()))
