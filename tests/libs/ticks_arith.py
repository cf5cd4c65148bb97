# libs: Ticks
# expected: cpython
# adafruit_ticks: ticks_add / ticks_diff / ticks_less across the 2**29 ms
# wrap (ms counters that never need a long int), the overflow errors, and
# ticks_ms itself: within the period, advancing with time.sleep, and the
# library's own blink loop (examples/ticks_simpletest.py) run for a few
# deadlines with the LED a plain variable. Clock values are only compared,
# never printed.
import time

from adafruit_ticks import ticks_add, ticks_diff, ticks_less, ticks_ms

PERIOD = 1 << 29
HALF = PERIOD // 2
MAX = PERIOD - 1

for t, d in ((0, 0), (0, 1), (0, -1), (MAX, 1), (MAX, 100), (5, -10), (HALF, HALF - 1),
             (HALF, -(HALF - 1)), (123456, 1000), (MAX - 5, -(HALF - 1)), (PERIOD + 3, 0)):
    print("add", t, d, ticks_add(t, d))
for d in (HALF, -HALF, HALF * 3, -PERIOD, 1 << 40):
    try:
        ticks_add(0, d)
    except OverflowError as e:
        print("add", d, "OverflowError:", e)
pairs = ((0, 0), (1, 0), (0, 1), (0, MAX), (MAX, 0), (5, MAX - 4), (MAX - 4, 5), (HALF, 0),
         (0, HALF), (HALF - 1, 0), (0, HALF - 1), (HALF + 1, 0), (1000, 250), (PERIOD + 7, 7))
for a, b in pairs:
    print("diff", a, b, ticks_diff(a, b), ticks_less(a, b), ticks_less(b, a))
for t in (0, 1, 999, MAX, HALF):
    later = ticks_add(t, 500)
    print("round trip", t, later, ticks_diff(later, t), ticks_less(t, later), ticks_diff(ticks_add(t, -500), t))

now = ticks_ms()
print("in period:", isinstance(now, int) and 0 <= now <= MAX)
time.sleep(0.05)
later = ticks_ms()
dt = ticks_diff(later, now)
print("advanced about 50 ms:", 45 <= dt < 1000, ticks_less(now, later))

# The example's loop, its LED a variable and its `while True` a count.
led = False
changes = []
start = deadline = ticks_ms()
for _ in range(5):
    led = not led
    changes.append(led)
    while ticks_less(ticks_ms(), deadline):
        pass
    deadline = ticks_add(deadline, 100)
elapsed = ticks_diff(ticks_ms(), start)
print(changes, "elapsed at least 400 ms:", elapsed >= 400, "and not much more:", elapsed < 1500)
