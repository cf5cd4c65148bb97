# libs: asyncio Ticks
# expected: cpython-stdlib
# asyncio: create_task, awaiting tasks and coroutines, Task.done, gather
# (results in argument order), sleep(0) interleaving, asyncio.run's value.
import asyncio

log = []


async def worker(name, delay):
    log.append(name + " start")
    await asyncio.sleep(delay)
    log.append(name + " end")
    return name.upper()


async def ticker(name, n):
    for i in range(n):
        log.append("%s%d" % (name, i))
        await asyncio.sleep(0)
    return n


async def nested(depth):
    if depth == 0:
        return "bottom"
    return "(" + await nested(depth - 1) + ")"


async def main():
    t = asyncio.create_task(worker("a", 0.02))
    print("done before:", t.done())
    r = await t
    print("result:", r, "done after:", t.done())
    print("awaited again:", await t)

    res = await asyncio.gather(worker("x", 0.06), worker("y", 0.02), worker("z", 0.04))
    print("gather:", res)

    t1 = asyncio.create_task(ticker("p", 3))
    t2 = asyncio.create_task(ticker("q", 3))
    print("tickers:", await t1, await t2)

    print("nested:", await nested(5))
    print("empty gather:", await asyncio.gather())
    ts = [asyncio.create_task(worker("w%d" % i, 0.01 * (3 - i))) for i in range(3)]
    print("gather of tasks:", await asyncio.gather(*ts))
    print("all done:", all(t.done() for t in ts))
    return "main result"


print("run:", asyncio.run(main()))
for line in log:
    print(line)
