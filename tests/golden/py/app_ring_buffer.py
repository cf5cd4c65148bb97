"""Fixed-size ring buffer with a line reader on top, as used for UART input."""


class RingBuffer:
    def __init__(self, capacity):
        if capacity < 1 or capacity & (capacity - 1):
            raise ValueError("capacity must be a power of two")
        self.buf = bytearray(capacity)
        self.mask = capacity - 1
        self.head = 0
        self.tail = 0
        self.overruns = 0

    def __len__(self):
        return (self.head - self.tail) & (2 * len(self.buf) - 1) if False else self.head - self.tail

    @property
    def free(self):
        return len(self.buf) - len(self)

    def put(self, data):
        written = 0
        for b in data:
            if self.free == 0:
                self.overruns += 1
                self.tail += 1
            self.buf[self.head & self.mask] = b
            self.head += 1
            written += 1
        return written

    def get(self, n=-1):
        available = len(self)
        if n < 0 or n > available:
            n = available
        out = bytearray(n)
        for i in range(n):
            out[i] = self.buf[(self.tail + i) & self.mask]
        self.tail += n
        return bytes(out)

    def peek(self, i=0):
        if i >= len(self):
            raise IndexError("peek past end")
        return self.buf[(self.tail + i) & self.mask]

    def find(self, byte):
        for i in range(len(self)):
            if self.buf[(self.tail + i) & self.mask] == byte:
                return i
        return -1


class LineReader:
    def __init__(self, ring, terminator=b"\n", strip_cr=True):
        self.ring = ring
        self.terminator = terminator[0]
        self.strip_cr = strip_cr
        self.lines = 0

    def readline(self):
        pos = self.ring.find(self.terminator)
        if pos < 0:
            return None
        raw = self.ring.get(pos + 1)[:-1]
        if self.strip_cr and raw.endswith(b"\r"):
            raw = raw[:-1]
        self.lines += 1
        return raw.decode()

    def __iter__(self):
        while True:
            line = self.readline()
            if line is None:
                return
            yield line


ring = RingBuffer(32)
reader = LineReader(ring)
chunks = [b"AT+OK\r\n", b"+STATUS:", b"3\r\nREADY\n", b"partial"]
seen = []
for chunk in chunks:
    ring.put(chunk)
    seen.extend(reader)
print(seen, len(ring), ring.free, ring.peek(), reader.lines)
ring.put(b"x" * 40)
print(ring.overruns, len(ring), ring.get(4))
try:
    RingBuffer(10)
except ValueError as e:
    print(e)
