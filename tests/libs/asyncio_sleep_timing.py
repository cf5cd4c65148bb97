# libs: asyncio Ticks
# expected: cpython-stdlib
# asyncio: sleep and sleep_ms (CircuitPython's millisecond sleep; CPython
# has no sleep_ms, so there the driver sleeps ms / 1000 s) wait at least as
# long as asked; sleepers wake in order of their deadlines; run() twice;
# current_task(); run() inside a running loop is refused.
import asyncio
import time

sleep_ms = getattr(asyncio, "sleep_ms", None)
if sleep_ms is None:

    def sleep_ms(ms):
        return asyncio.sleep(ms / 1000)


order = []


async def sleep_sort(v):
    await sleep_ms(v * 8)
    order.append(v)


# ticks_ms counts whole milliseconds, so a wait may end up to 1 ms early.
async def timed(label, aw, at_least):
    t0 = time.monotonic()
    await aw
    dt = time.monotonic() - t0
    print(label, "waited long enough:", dt >= at_least - 0.002, "not much more:", dt < at_least + 0.5)


async def main():
    await timed("sleep(0.05)", asyncio.sleep(0.05), 0.05)
    await timed("sleep_ms(30)", sleep_ms(30), 0.03)
    await timed("sleep(0)", asyncio.sleep(0), 0)
    await timed("sleep(-1)", asyncio.sleep(-1), 0)
    vals = [5, 1, 4, 2, 8, 3, 7, 6]
    await asyncio.gather(*[sleep_sort(v) for v in vals])
    print("sleep sort:", order)
    me = asyncio.current_task()
    print("current task is a Task:", isinstance(me, asyncio.Task), me.done())
    coro = second()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("nested run: RuntimeError")
    coro.close()
    return len(vals)


async def second():
    await asyncio.sleep(0.01)
    return "second run"


print(asyncio.run(main()))
print(asyncio.run(second()))
try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside a loop:", e)
