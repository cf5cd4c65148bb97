# libs: SimpleIO
# extra: SimpleIO/examples/simpleio_map_range_simpletest.py
# expected: cpython
# simpleio over stand-in board/digitalio/pwmio modules (support/fakehw.py):
# its map_range example, unchanged (its `while True` ends at the fourth
# time.sleep of a stand-in clock); map_range's edge cases (reversed and
# empty ranges, clamping); bitWrite; shift_out MSB/LSB-first with any bit
# count, watched on the data and clock pins; shift_in from a pin fed bit by
# bit; DigitalOut/DigitalIn; tone() on a PWM pin.
import fakehw

fakehw.install()

clock = fakehw.Clock(stop_after=4)
print("example stopped by its clock:", fakehw.run_with_time(clock, "simpleio_map_range_simpletest"), clock.now)

import simpleio

for args in ((150, 0, 255, 0, 1023), (0, 0, 255, 0, 1023), (255, 0, 255, 0, 1023), (300, 0, 255, 0, 1023),
             (-10, 0, 255, 0, 1023), (5, 0, 10, 100, 0), (12, 0, 10, 100, 0), (-1, 0, 10, 100, 0),
             (0.5, 0.0, 1.0, -1.0, 1.0), (3, 3, 3, 0, 10), (4, 3, 3, 0, 10), (2, 3, 3, 0, 10),
             (7, 10, 0, 0, 100), (512, 0, 1023, 0, 255), (1, 0, 3, 0, 1)):
    print("map_range", args, simpleio.map_range(*args))

for x, n, b in ((0, 0, 1), (0, 7, 1), (255, 0, 0), (255, 7, 0), (0b1010, 2, 1), (0b1010, 3, 0), (0, 9, 1), (0x1FF, 8, 0)):
    print("bitWrite", x, n, b, simpleio.bitWrite(x, n, b))

import digitalio

data = digitalio.DigitalInOut("D11")
clk = digitalio.DigitalInOut("D12")


def watch(fn, *args, **kwargs):
    # Runs fn and returns the data bits seen at each rising clock edge.
    fakehw.DigitalInOut.log = log = []
    result = fn(*args, **kwargs)
    fakehw.DigitalInOut.log = None
    bits = ""
    level = None
    for pin, what, value in log:
        if pin == "D11":
            level = value
        elif pin == "D12" and value:
            bits += "1" if level else "0"
    return result, bits, len(log)


for value, kwargs in ((0xA5, {}), (0xA5, {"msb_first": False}), (500, {}), (500, {"msb_first": False}),
                      (0x1F4, {"bitcount": 12}), (0xDEADBEEF, {"bitcount": 32}), (5, {"bitcount": 0})):
    print("shift_out", hex(value), kwargs, watch(simpleio.shift_out, data, clk, value, **kwargs))
for bad in (-1, 33):
    try:
        simpleio.shift_out(data, clk, 1, bitcount=bad)
    except ValueError as e:
        print("ValueError:", e)

stream = [1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 1, 0, 0, 0, 1]
data.read = lambda: stream.pop(0)
print("shift_in", hex(simpleio.shift_in(data, clk)), hex(simpleio.shift_in(data, clk, msb_first=False)), stream)
data.read = None

out = simpleio.DigitalOut("D5", value=True)
print("DigitalOut", out.value, out.iopin.direction, out.iopin.drive_mode)
out.value = False
print(out.value)
button = simpleio.DigitalIn("D6", pull=digitalio.Pull.UP)
button.iopin.read = lambda: True
print("DigitalIn", button.value, button.iopin.direction, button.iopin.pull)
try:
    button.value = False
except AttributeError as e:
    print("AttributeError:", e)

clock = fakehw.Clock()
fakehw.PWMOut.clock = clock
simpleio.time = clock
simpleio.tone("A1", 440, duration=0.25)
simpleio.tone("A1", 261.63)
for pwm in fakehw.PWMOut.instances:
    print("tone", pwm.pin, pwm.frequency, pwm.variable_frequency, pwm.changes, pwm.deinited)
print("slept", clock.sleeps, clock.now)
