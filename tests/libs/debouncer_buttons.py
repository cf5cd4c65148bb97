# libs: Debouncer Ticks
# extra: Debouncer/examples/debouncer_unittest.py
# expected: cpython
# adafruit_debouncer: the library's own tests (examples/debouncer_unittest.py,
# unchanged) on a simulated clock, then Debouncer and Button over plain
# predicates and objects with .value: the interval, rose/fell, durations,
# update(new_state), short-click counting, long presses, active-high buttons,
# and the clock wrapping past 2**29 ms. The simulated clock replaces the
# ticks_ms the library imported (and the tests' time.sleep): every reading
# moves it on 1 ms, a sleep moves it on by the time slept, so each run sees
# the same times. One check at the end uses the real clock.
import time

import adafruit_debouncer
import debouncer_unittest
import libtest

MAX = (1 << 29) - 1


class Clock:
    def __init__(self, start):
        self.now = start

    def ticks_ms(self):
        t = self.now
        self.now = (self.now + 1) & MAX
        return t

    def sleep(self, seconds):
        self.now = (self.now + int(seconds * 1000 + 0.5)) & MAX

    def wait(self, ms):
        self.now = (self.now + ms) & MAX


clock = Clock(5000)
adafruit_debouncer.ticks_ms = clock.ticks_ms
debouncer_unittest.time = clock
libtest.run(debouncer_unittest)


def show(label, d):
    print("%-10s value=%d rose=%d fell=%d" % (label, d.value, d.rose, d.fell),
          "last=%.3f current=%.3f" % (d.last_duration, d.current_duration))


level = [False]
d = adafruit_debouncer.Debouncer(lambda: level[0], interval=0.05)
print("interval", d.interval, d.state)
show("start", d)
level[0] = True
d.update()
show("bounce", d)
clock.wait(20)
level[0] = False
d.update()
level[0] = True
d.update()
show("bounces", d)
clock.wait(49)
d.update()
show("too soon", d)
clock.wait(10)
d.update()
show("settled", d)
d.update()
show("next", d)
clock.wait(300)
level[0] = False
d.update()
clock.wait(60)
d.update()
show("fell", d)
d.interval = 0.005
print("interval", d.interval)
d.update(True)
clock.wait(6)
d.update(1)
show("new_state", d)
d.update(0)
clock.wait(3)
d.update(0)
show("short", d)
clock.wait(3)
d.update(0)
show("long enough", d)


class Pin:
    value = True


pin = Pin()
dp = adafruit_debouncer.Debouncer(pin)
print("pin starts", dp.value, dp.state)
pin.value = False
for _ in range(4):
    dp.update()
    clock.wait(5)
show("pin", dp)


def press(button, level, ms, label):
    # Holds the input at level for ms, updating every 10 ms, and prints what
    # the button reports.
    for _ in range(ms // 10):
        state[0] = level
        button.update()
        events = []
        if button.pressed:
            events.append("pressed")
        if button.released:
            events.append("released")
        if button.short_count:
            events.append("short_count=%d" % button.short_count)
        if button.long_press:
            events.append("long_press")
        if events:
            print("  %s t+%d: %s" % (label, clock.now % 1000, " ".join(events)))
        clock.wait(9)


state = [True]
b = adafruit_debouncer.Button(lambda: state[0])
print("button", b.short_duration_ms, b.long_duration_ms, b.value_when_pressed, b.value)
press(b, True, 100, "idle")
for n in (1, 2, 3):
    print("clicks:", n)
    for _ in range(n):
        press(b, False, 80, "down")
        press(b, True, 80, "up")
    press(b, True, 300, "wait")
print("long press")
press(b, False, 700, "hold")
press(b, True, 300, "let go")
print("click then long press")
press(b, False, 80, "down")
press(b, True, 80, "up")
press(b, False, 700, "hold")
press(b, True, 300, "let go")

state[0] = False
hb = adafruit_debouncer.Button(lambda: state[0], short_duration_ms=100, long_duration_ms=300, value_when_pressed=True, interval=0.02)
print("active high", hb.interval, hb.value)
press(hb, True, 60, "down")
press(hb, False, 200, "up")
press(hb, True, 400, "hold")
press(hb, False, 200, "up")

clock.now = MAX - 40
w = adafruit_debouncer.Debouncer(lambda: state[0])
state[0] = True
w.update()
clock.wait(30)
w.update()
print("before wrap", clock.now, w.value)
clock.wait(30)
w.update()
print("after wrap", clock.now, w.value, w.rose)

# The real clock, as the library imported it.
from adafruit_ticks import ticks_ms

adafruit_debouncer.ticks_ms = ticks_ms
state[0] = False
r = adafruit_debouncer.Debouncer(lambda: state[0], interval=0.02)
state[0] = True
r.update()
r.update()
early = r.value
time.sleep(0.05)
r.update()
print("real clock: not before the interval", not early, "changed after it", r.value, r.rose)
