# CircuitPython's select.poll: poll() and ipoll() report the objects
# themselves; ipoll's one-shot flag; objects with the stream protocol's
# ioctl(3, events) method; StringIO, BytesIO and sys.stdin.
import io
import select
import sys


class Pin:
    """Answers MicroPython's MP_STREAM_POLL (3) request with what is ready."""

    def __init__(self, name, ready):
        self.name = name
        self.ready = ready
        self.asked = []

    def ioctl(self, req, arg):
        self.asked.append((req, arg))
        return self.ready if req == 3 else -1

    def __repr__(self):
        return "Pin(%s)" % self.name


def show(events):
    return [(o if isinstance(o, Pin) else type(o).__name__, ev) for o, ev in events]


a = Pin("a", select.POLLIN)
b = Pin("b", select.POLLOUT | select.POLLHUP)
s = io.StringIO("text")
p = select.poll()
p.register(a, select.POLLIN)
p.register(b, select.POLLIN)
p.register(s, select.POLLOUT)
print(show(p.poll(0)))
print(a.asked, b.asked)
p.modify(b, select.POLLOUT)
for obj, ev in p.ipoll(0):
    print(obj if obj is not s else "s", ev)
# one-shot: a reported object's mask becomes 0 until modify()
print(show(p.ipoll(0, 1)))
print(show(p.poll(0)))
p.modify(a, select.POLLIN)
print(show(p.poll(0)))
a.ready = 0
p.unregister(s)
p.unregister(b)
print(show(p.poll(20)))

q = select.poll()
q.register(sys.stdin, select.POLLIN)
q.register(sys.stdout, select.POLLIN | select.POLLOUT)
q.register(io.BytesIO(), select.POLLIN)
print([ev for obj, ev in q.poll(0)])
print(q.poll(0)[0][0] is sys.stdin)
try:
    q.register(object())
except TypeError as e:
    print("TypeError")
