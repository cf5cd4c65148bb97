# libs: asyncio Ticks
# expected: hand
# CircuitPython asyncio's Stream (StreamReader/StreamWriter) over io.BytesIO,
# a binary file and a pipe-like object of our own whose readiness the select
# module learns through the stream protocol's ioctl(3, events): tasks wait in
# the IO queue until the pipe has data. CircuitPython-only (CPython's
# StreamReader is built differently), so the expected output was checked by
# hand.
import asyncio
import io
import select
import time


class Pipe:
    def __init__(self):
        self.buf = bytearray()
        self.polls = 0

    def ioctl(self, req, arg):
        if req != 3:
            return -1
        self.polls += 1
        ready = select.POLLOUT
        if self.buf:
            ready |= select.POLLIN
        return ready & arg

    def read(self, n=-1):
        if not self.buf:
            return None
        if n < 0:
            n = len(self.buf)
        data = bytes(self.buf[:n])
        self.buf = self.buf[n:]
        return data

    def readline(self):
        i = self.buf.find(b"\n")
        return self.read(len(self.buf) if i < 0 else i + 1)

    def write(self, data):
        self.buf.extend(data)
        return len(data)


async def main():
    s = asyncio.StreamReader(io.BytesIO(b"first line\nsecond\nrest of it"))
    print(await s.readline())
    print(await s.read(3))
    print(await s.readexactly(4))
    print(await s.readline())
    try:
        await s.readexactly(100)
    except EOFError:
        print("EOFError")

    out = io.BytesIO()
    w = asyncio.StreamWriter(out)
    w.write(b"hello ")
    w.write(b"world")
    await w.drain()
    print(out.getvalue())

    with open("streams_test.bin", "wb") as f:
        f.write(b"abc\ndef\n")
    with open("streams_test.bin", "rb") as f:
        r = asyncio.StreamReader(f)
        print(await r.readline(), await r.readline(), await r.readline())

    pipe = Pipe()
    got = []

    async def reader():
        r = asyncio.StreamReader(pipe)
        while True:
            line = await r.readline()
            got.append((line, time.monotonic() - t0))
            if line == b"end\n":
                return len(got)

    async def writer():
        w = asyncio.StreamWriter(pipe)
        for word in (b"one\n", b"two\n", b"end\n"):
            await asyncio.sleep(0.1)
            w.write(word)
            await w.drain()

    t0 = time.monotonic()
    res = await asyncio.gather(reader(), writer())
    print(res)
    for i, (line, at) in enumerate(got):
        print(line, "after the writer's sleep:", at >= 0.1 * (i + 1) - 0.002)
    print("polled more than once:", pipe.polls > 3)

    # A reader waiting for IO can be cancelled; the IO queue forgets it.
    empty = Pipe()

    async def stuck():
        try:
            await asyncio.StreamReader(empty).read(1)
        except asyncio.CancelledError:
            print("stuck reader cancelled")
            raise

    t = asyncio.create_task(stuck())
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    print("io queue empty:", not asyncio.core._io_queue.map)
    return "ok"


print(asyncio.run(main()))
