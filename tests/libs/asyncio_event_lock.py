# libs: asyncio Ticks
# expected: cpython-stdlib
# asyncio: Event (wait, set, clear, is_set) and Lock (acquire, release,
# locked, async with; waiters get the lock in arrival order).
import asyncio

log = []


async def waiter(name, ev):
    log.append(name + " waits")
    await ev.wait()
    log.append(name + " woke, set=" + str(ev.is_set()))


async def locker(name, lock, hold):
    async with lock:
        log.append(name + " has the lock")
        await asyncio.sleep(hold)
        log.append(name + " releases")


async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    ts = [asyncio.create_task(waiter("w%d" % i, ev)) for i in range(3)]
    await asyncio.sleep(0.01)
    log.append("setting")
    ev.set()
    await asyncio.gather(*ts)
    print("after set:", ev.is_set())
    print("wait on a set event:", await ev.wait())
    ev.clear()
    print("cleared:", ev.is_set())

    lock = asyncio.Lock()
    print("locked:", lock.locked())
    await lock.acquire()
    print("locked after acquire:", lock.locked())
    lock.release()
    print("locked after release:", lock.locked())
    try:
        lock.release()
    except RuntimeError:
        print("release unlocked: RuntimeError")

    ts = [asyncio.create_task(locker("L%d" % i, lock, 0.01)) for i in range(3)]
    await asyncio.sleep(0.005)
    print("locked while held:", lock.locked())
    await asyncio.gather(*ts)
    print("locked at end:", lock.locked())

    # A producer/consumer pair handing over through two events.
    ready, taken = asyncio.Event(), asyncio.Event()
    box = []

    async def producer():
        for i in range(3):
            box.append(i * i)
            ready.set()
            await taken.wait()
            taken.clear()
        box.append(None)
        ready.set()

    async def consumer():
        got = []
        while True:
            await ready.wait()
            ready.clear()
            v = box.pop()
            if v is None:
                return got
            got.append(v)
            taken.set()

    p = asyncio.create_task(producer())
    print("consumer got:", await consumer())
    await p


asyncio.run(main())
for line in log:
    print(line)
