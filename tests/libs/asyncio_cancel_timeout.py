# libs: asyncio Ticks
# expected: cpython-stdlib
# asyncio: Task.cancel and CancelledError (caught for clean-up, re-raised,
# seen by the awaiter), cancelling a task waiting on an Event or a Lock,
# wait_for finishing in time, timing out (TimeoutError, the inner task is
# cancelled) and with no timeout.
import asyncio

log = []


async def sleeper(name, delay):
    try:
        log.append(name + " sleeping")
        await asyncio.sleep(delay)
        log.append(name + " finished")
        return name
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise
    finally:
        log.append(name + " cleanup")


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("stubborn ignores cancel")
    await asyncio.sleep(0.01)
    return "stubborn done"


async def main():
    t = asyncio.create_task(sleeper("s1", 1))
    await asyncio.sleep(0.01)
    print("cancel returns:", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiter saw CancelledError; done:", t.done())
    print("cancel a done task:", t.cancel())

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    print("stubborn:", await t)

    ev = asyncio.Event()

    async def ev_waiter():
        try:
            await ev.wait()
        except asyncio.CancelledError:
            log.append("event waiter cancelled")
            raise

    t = asyncio.create_task(ev_waiter())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("event waiter cancelled")
    ev.set()  # nobody is waiting any more

    lock = asyncio.Lock()
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("lock waiter cancelled; locked:", lock.locked())
    lock.release()
    print("lock free again:", lock.locked())

    print("wait_for in time:", await asyncio.wait_for(sleeper("s2", 0.01), 0.5))
    try:
        await asyncio.wait_for(sleeper("s3", 0.5), 0.02)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    print("wait_for without timeout:", await asyncio.wait_for(sleeper("s4", 0.01), None))

    async def raiser():
        await asyncio.sleep(0.01)
        raise OSError(5)

    try:
        await asyncio.wait_for(raiser(), 1)
    except OSError as e:
        print("wait_for passes errors on:", e.args)

    # Cancelling a task that has gathered others cancels them too.
    inner = [asyncio.create_task(sleeper("g%d" % i, 1)) for i in range(2)]
    async def gathered():
        return await asyncio.gather(*inner)

    outer = asyncio.create_task(gathered())
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("gather cancelled")
    await asyncio.sleep(0.01)
    print("inner done:", [t.done() for t in inner])


asyncio.run(main())
for line in log:
    print(line)
