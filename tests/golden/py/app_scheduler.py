"""A tiny cooperative scheduler in the style of asyncio.

Coroutines yield small request objects (sleep, wait for an event, read
from a queue); the loop keeps a ready queue and a sorted timer list,
and supports cancellation, gathering and timeouts.
"""

from micropython import const

_STATE_NEW = const(0)
_STATE_READY = const(1)
_STATE_WAITING = const(2)
_STATE_DONE = const(3)
_STATE_CANCELLED = const(4)


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


class _Sleep:
    __slots__ = ("until",)

    def __init__(self, until):
        self.until = until

    def __await__(self):
        yield self

    __iter__ = __await__


class _Wait:
    __slots__ = ("waitable",)

    def __init__(self, waitable):
        self.waitable = waitable

    def __await__(self):
        yield self

    __iter__ = __await__


class Task:
    _next_id = 1

    def __init__(self, loop, coro, name=None):
        self.loop = loop
        self.coro = coro
        self.id = Task._next_id
        Task._next_id += 1
        self.name = name or "task-%d" % self.id
        self.state = _STATE_NEW
        self.result = None
        self.exception = None
        self.waiters = []
        self.send_value = None
        self.throw_value = None

    def done(self):
        return self.state in (_STATE_DONE, _STATE_CANCELLED)

    def cancel(self):
        if self.done():
            return False
        self.throw_value = CancelledError()
        self.loop._make_ready(self)
        return True

    def _finish(self, state, result=None, exception=None):
        self.state = state
        self.result = result
        self.exception = exception
        for waiter in self.waiters:
            waiter.send_value = self
            self.loop._make_ready(waiter)
        self.waiters = []

    def __await__(self):
        if not self.done():
            yield _Wait(self)
        if self.state == _STATE_CANCELLED:
            raise CancelledError()
        if self.exception is not None:
            raise self.exception
        return self.result

    __iter__ = __await__

    def __repr__(self):
        states = ("new", "ready", "waiting", "done", "cancelled")
        return "<Task %s %s>" % (self.name, states[self.state])


class Event:
    def __init__(self):
        self.flag = False
        self.waiters = []

    def set(self, loop):
        self.flag = True
        for task in self.waiters:
            loop._make_ready(task)
        self.waiters = []

    def clear(self):
        self.flag = False

    async def wait(self):
        if not self.flag:
            await _Wait(self)
        return True


class Queue:
    def __init__(self, maxsize=0):
        self.items = []
        self.maxsize = maxsize
        self.getters = []

    def put_nowait(self, loop, item):
        if self.maxsize and len(self.items) >= self.maxsize:
            raise OverflowError("queue full")
        self.items.append(item)
        if self.getters:
            loop._make_ready(self.getters.pop(0))

    async def get(self):
        while not self.items:
            await _Wait(self)
        return self.items.pop(0)


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.timers = []
        self.tasks = []
        self.log = []

    def create_task(self, coro, name=None):
        task = Task(self, coro, name)
        self.tasks.append(task)
        self._make_ready(task)
        return task

    def _make_ready(self, task):
        if task.state != _STATE_READY and not task.done():
            task.state = _STATE_READY
            self.ready.append(task)

    def _add_timer(self, when, task):
        i = 0
        while i < len(self.timers) and self.timers[i][0] <= when:
            i += 1
        self.timers.insert(i, (when, task))

    def sleep(self, delay):
        return _Sleep(self.now + delay)

    def _step(self, task):
        try:
            if task.throw_value is not None:
                exc, task.throw_value = task.throw_value, None
                request = task.coro.throw(exc)
            else:
                value, task.send_value = task.send_value, None
                request = task.coro.send(value)
        except StopIteration as e:
            task._finish(_STATE_DONE, result=e.value)
            self.log.append((self.now, task.name, "done"))
            return
        except CancelledError:
            task._finish(_STATE_CANCELLED)
            self.log.append((self.now, task.name, "cancelled"))
            return
        except Exception as e:
            task._finish(_STATE_DONE, exception=e)
            self.log.append((self.now, task.name, "failed"))
            return
        task.state = _STATE_WAITING
        if isinstance(request, _Sleep):
            self._add_timer(request.until, task)
        elif isinstance(request, _Wait):
            request.waitable.waiters.append(task)
        elif request is None:
            self._make_ready(task)
        else:
            task.throw_value = TypeError("bad request %r" % (request,))
            self._make_ready(task)

    def run_until_complete(self, coro, limit=10000):
        main = self.create_task(coro, "main")
        steps = 0
        while not main.done():
            steps += 1
            if steps > limit:
                raise RuntimeError("step limit reached")
            if not self.ready:
                if not self.timers:
                    raise RuntimeError("deadlock: nothing runnable")
                when, task = self.timers.pop(0)
                if when > self.now:
                    self.now = when
                if task.state == _STATE_WAITING:
                    self._make_ready(task)
                continue
            task = self.ready.pop(0)
            if task.done():
                continue
            self._step(task)
        if main.exception is not None:
            raise main.exception
        return main.result

    async def gather(self, *coros):
        tasks = [self.create_task(c) for c in coros]
        results = []
        for task in tasks:
            try:
                results.append(await task)
            except Exception as e:
                results.append(e)
        return results

    async def wait_for(self, coro, timeout):
        task = self.create_task(coro)
        watchdog = self.create_task(self._watchdog(task, timeout))
        try:
            return await task
        except CancelledError:
            raise TimeoutError("timed out after %d" % timeout)
        finally:
            watchdog.cancel()

    async def _watchdog(self, task, timeout):
        await self.sleep(timeout)
        task.cancel()


loop = Loop()
ready = Event()
inbox = Queue(maxsize=4)


async def producer(count):
    for i in range(count):
        await loop.sleep(3)
        inbox.put_nowait(loop, "msg%d" % i)
    inbox.put_nowait(loop, None)
    return count


async def consumer():
    got = []
    await ready.wait()
    while True:
        item = await inbox.get()
        if item is None:
            break
        got.append(item)
    return got


async def starter():
    await loop.sleep(5)
    ready.set(loop)
    return "started"


async def slow(n):
    await loop.sleep(n)
    return n


async def broken():
    await loop.sleep(1)
    raise ValueError("broken task")


async def main():
    results = await loop.gather(producer(3), consumer(), starter(), broken())
    try:
        await loop.wait_for(slow(100), 10)
    except TimeoutError as e:
        results.append(str(e))
    results.append(await loop.wait_for(slow(2), 10))
    return results


print(loop.run_until_complete(main()))
print(loop.now, len(loop.tasks))
for entry in loop.log:
    print(entry)
