# libs: asyncio Ticks
# expected: cpython-stdlib
# asyncio: exceptions from tasks: awaiting a failed task, gather propagating
# the first error, gather(return_exceptions=True) returning them in place.
import asyncio


async def ok(v, delay):
    await asyncio.sleep(delay)
    return v


async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


def show(results):
    return [type(r).__name__ + ":" + str(r) if isinstance(r, BaseException) else r for r in results]


async def main():
    t = asyncio.create_task(fail("boom", 0.01))
    try:
        await t
    except ValueError as e:
        print("awaited task raised:", e, t.done())

    try:
        await asyncio.gather(ok(1, 0.01), fail("first", 0.02), ok(3, 0.03))
    except ValueError as e:
        print("gather raised:", e)
    await asyncio.sleep(0.05)  # let the remaining task finish

    res = await asyncio.gather(ok(1, 0.01), fail("second", 0.02), ok(3, 0.03), fail("third", 0.005),
                               return_exceptions=True)
    print("return_exceptions:", show(res))

    # An error raised before the first await.
    async def early():
        raise KeyError("early")

    res = await asyncio.gather(early(), ok("late", 0.01), return_exceptions=True)
    print("early:", show(res))
    try:
        await early()
    except KeyError as e:
        print("direct await:", repr(e))


asyncio.run(main())
print("end")
