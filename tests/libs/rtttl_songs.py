# libs: RTTTL
# extra: RTTTL/examples/rtttl_simpletest.py
# expected: cpython
# adafruit_rtttl: its example, unchanged, playing two songs on a stand-in
# PWM pin (support/fakehw.py) with a stand-in clock that moves only when the
# library sleeps, so each note's frequency and start time print exactly;
# then _parse_note on durations, dots, sharps and octaves, play() with its
# defaults and overrides, and an unknown note.
import sys

import fakehw

if sys.implementation.name == "cpython":
    # CPython evaluates annotations, and adafruit_rtttl's name AudioOut,
    # which it imports only where audioio exists (CircuitPython ignores them).
    import builtins

    builtins.AudioOut = None

fakehw.install()
clock = fakehw.Clock()
fakehw.PWMOut.clock = clock


def show(pwm):
    # The notes: frequency and start time (ms) of each duty_cycle raise,
    # and the length of each sound until the duty cycle falls.
    notes = []
    start = None
    for t, freq, duty in pwm.changes:
        if duty and start is None:
            start = t
            notes.append("%d@%d" % (freq, round(t * 1000)))
        elif not duty and start is not None:
            notes[-1] += "+%d" % round((t - start) * 1000)
            start = None
    print(pwm.pin, "variable" if pwm.variable_frequency else "fixed", "deinit" if pwm.deinited else "live", len(notes), "notes")
    for i in range(0, len(notes), 8):
        print("  ", " ".join(notes[i : i + 8]))


print("example ended:", not fakehw.run_with_time(clock, "rtttl_simpletest"), "sleeps", clock.sleeps, "seconds", clock.now)
for pwm in fakehw.PWMOut.instances:
    show(pwm)

import adafruit_rtttl

for note in ("c", "8c", "16c#", "4p", "c.", "8a#5", "2c7", "32g#4", " 4d# ", "a.6"):
    for duration, octave in ((2, 6), (4, 5)):
        print("note", repr(note), duration, octave, adafruit_rtttl._parse_note(note, duration, octave))

fakehw.PWMOut.instances = []
clock.us = 0
adafruit_rtttl.play("SPEAKER", "defaults:b=63:c,e,g")
adafruit_rtttl.play("SPEAKER", "override:d=8,o=4,b=200:c,2e,g.", octave=5, tempo=120)
adafruit_rtttl.play("SPEAKER", "Short:D=16,O=7,B=300:c,p,c#,8p,c")
for pwm in fakehw.PWMOut.instances:
    show(pwm)
try:
    adafruit_rtttl.play("SPEAKER", "bad:d=4:x")
    print("unknown note: silent")
except KeyError as e:
    print("KeyError", e)
try:
    adafruit_rtttl.play("SPEAKER", "no colons")
except ValueError:
    print("ValueError")
