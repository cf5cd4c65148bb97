# `yield from` and `await` on an iterator class: the value the iterator's
# __next__ ends with (StopIteration(value)) is the expression's result.
class Countdown:
    def __init__(self, n, result):
        self.n = n
        self.result = result

    def __iter__(self):
        return self

    __await__ = __iter__

    def __next__(self):
        if self.n == 0:
            raise StopIteration(self.result)
        self.n -= 1
        return self.n


class Reuse:
    """Raises the same StopIteration instance each time (as asyncio's sleep does)."""

    def __init__(self):
        self.exc = StopIteration("kept")
        self.step = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.step += 1
        if self.step % 2:
            return "tick"
        raise self.exc


class Bare:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


def gen(it):
    r = yield from it
    yield ("result", r)


print(list(gen(Countdown(3, "done"))))
print(list(gen(Countdown(0, [1, 2]))))
r = Reuse()
print(list(gen(r)), list(gen(r)))
print(list(gen(Bare())))


async def coro(aw):
    return await aw


def drive(c):
    out = []
    try:
        while True:
            out.append(c.send(None))
    except StopIteration as e:
        out.append(("returned", e.value))
    return out


print(drive(coro(Countdown(2, 42))))
print(drive(coro(Countdown(0, None))))


def sender():
    x = yield from Countdown(1, "end")
    return x


g = sender()
print(next(g))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)
