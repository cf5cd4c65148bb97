# select.poll and select.select over files and sys.stdout: event masks,
# modify, unregister, timeouts, errors. (Only the events are printed: poll()
# reports file descriptors in CPython, the objects in CircuitPython.)
import select
import sys
import time

print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
f = open("poll_test.txt", "w")
f.write("line\n")
f.flush()
g = open("poll_test.txt")
p = select.poll()
p.register(f, select.POLLOUT)
p.register(g, select.POLLIN)
print([ev for _, ev in p.poll(0)])
p.modify(f, select.POLLIN | select.POLLOUT)
print([ev for _, ev in p.poll(0)])
p.unregister(g)
print([ev for _, ev in p.poll(10)])
p.register(f, select.POLLIN)  # registering again replaces the mask
print([ev for _, ev in p.poll()])
p.register(g)  # the default mask: POLLIN | POLLOUT (and more in CPython)
print([ev for _, ev in p.poll(None)])
p.unregister(f)
p.unregister(g)
print(p.poll(0))

# Nothing registered: poll waits for the timeout, then reports nothing.
t0 = time.monotonic()
print(p.poll(30))
print(time.monotonic() - t0 >= 0.025)
t0 = time.monotonic()
print(p.poll(12.5))
print(time.monotonic() - t0 >= 0.01)

p.register(sys.stdout, select.POLLOUT)
print([ev for _, ev in p.poll(0)])
p.unregister(sys.stdout)

try:
    p.unregister(f)
except KeyError:
    print("KeyError")
try:
    p.modify(f, select.POLLIN)
except OSError as e:
    print("OSError", e.errno)
try:
    p.register(42.5)
except TypeError:
    print("TypeError")

r, w, x = select.select([g], [f], [], 0)
print(r == [g], w == [f], x)
r, w, x = select.select([g], [], [f], 0.01)
print(r == [g], w, x)
print(select.select([], [], [], 0.01))

# A closed file stays registered and reports POLLNVAL.
h = open("poll_test.txt")
p.register(h, select.POLLIN)
h.close()
print([ev for _, ev in p.poll(0)])
f.close()
g.close()
