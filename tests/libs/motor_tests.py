# libs: Motor
# extra: Motor/tests/test_stepper.py
# expected: cpython
# adafruit_motor: its own stepper tests, unchanged (they put a MagicMock in
# sys.modules["micropython"] before importing the library); then a stepper
# on digital pins (microsteps=None), the PWM stepper's microstep curve and
# its errors, DCMotor throttle in both decay modes and as a context manager,
# Servo angles and fractions over fake PWM outputs, ContinuousServo.
import libtest
import test_stepper

libtest.run(test_stepper)

from adafruit_motor import motor, servo, stepper


class Pin:
    def __init__(self):
        self.value = 0


class PWM:
    def __init__(self, frequency=1500, fixed=False):
        self._frequency = frequency
        self.fixed = fixed
        self.duty_cycle = 0

    @property
    def frequency(self):
        return self._frequency

    @frequency.setter
    def frequency(self, value):
        if self.fixed:
            raise AttributeError("fixed frequency")
        self._frequency = value


pins = [Pin() for _ in range(4)]
dig = stepper.StepperMotor(pins[0], pins[1], pins[2], pins[3], microsteps=None)
print("digital start", [p.value for p in pins])
for style in (stepper.SINGLE, stepper.DOUBLE, stepper.INTERLEAVE):
    seq = []
    for _ in range(9):
        pos = dig.onestep(style=style)
        seq.append("%d:%s" % (pos, "".join(str(p.value) for p in pins)))
    print("forward", style, " ".join(seq))
    seq = []
    for _ in range(5):
        pos = dig.onestep(direction=stepper.BACKWARD, style=style)
        seq.append("%d:%s" % (pos, "".join(str(p.value) for p in pins)))
    print("backward", style, " ".join(seq))
dig.release()
print("released", [p.value for p in pins])
try:
    dig.onestep(style=stepper.MICROSTEP)
except ValueError as e:
    print("ValueError:", e)

coils = [PWM(frequency=1000) for _ in range(4)]
m = stepper.StepperMotor(coils[0], coils[1], coils[2], coils[3], microsteps=8)
print("frequencies", [c.frequency for c in coils])
print("curve", m._curve)
for _ in range(10):
    pos = m.onestep(style=stepper.MICROSTEP)
    print(pos, [hex(c.duty_cycle) for c in coils])
print(m.onestep(style=stepper.SINGLE), m.onestep(style=stepper.DOUBLE), m.onestep(direction=stepper.BACKWARD, style=stepper.INTERLEAVE))
m.release()
print("released", [c.duty_cycle for c in coils])
for kwargs in ({"microsteps": 1}, {"microsteps": 3}):
    try:
        stepper.StepperMotor(PWM(), PWM(), PWM(), PWM(), **kwargs)
    except ValueError as e:
        print(kwargs, "ValueError:", e)
try:
    stepper.StepperMotor(PWM(1000, fixed=True), PWM(), PWM(), PWM())
except ValueError as e:
    print("ValueError:", e, "| cause:", type(e.__cause__).__name__)

a, b = PWM(), PWM()
dc = motor.DCMotor(a, b)
print("dc", dc.throttle, dc.decay_mode)
for mode in (motor.FAST_DECAY, motor.SLOW_DECAY):
    dc.decay_mode = mode
    for t in (1.0, 0.5, 0.25, 0, -0.25, -0.5, -1, None):
        dc.throttle = t
        print(mode, t, hex(a.duty_cycle), hex(b.duty_cycle), dc.throttle)
for bad in (1.5, -1.01):
    try:
        dc.throttle = bad
    except ValueError as e:
        print(bad, "ValueError:", e)
try:
    dc.decay_mode = 2
except ValueError as e:
    print("ValueError:", e)
with motor.DCMotor(a, b) as dc2:
    dc2.throttle = 0.75
    print("inside", a.duty_cycle, b.duty_cycle)
print("after with", a.duty_cycle, b.duty_cycle, dc2.throttle)

pwm = PWM(frequency=50)
s = servo.Servo(pwm)
print("servo", s.angle, s.fraction, s.actuation_range, s._min_duty, s._duty_range)
for angle in (0, 45, 90, 135.5, 180):
    s.angle = angle
    print(angle, pwm.duty_cycle, round(s.angle, 3), round(s.fraction, 5))
s.angle = None
print("off", pwm.duty_cycle, s.angle, s.fraction)
for bad in (-1, 181):
    try:
        s.angle = bad
    except ValueError as e:
        print(bad, "ValueError:", e)
try:
    s.fraction = 1.5
except ValueError as e:
    print("ValueError:", e)
s2 = servo.Servo(PWM(frequency=50), actuation_range=135, min_pulse=500, max_pulse=2500)
s2.angle = 135
print("custom", s2._pwm_out.duty_cycle, s2._min_duty, s2._duty_range, s2.angle)
s2.set_pulse_width_range(1000, 2000)
print("range", s2._min_duty, s2._duty_range, round(s2.angle, 3))

cpwm = PWM(frequency=50)
with servo.ContinuousServo(cpwm) as cs:
    for t in (-1, -0.5, 0, 0.5, 1):
        cs.throttle = t
        print("throttle", t, cpwm.duty_cycle, round(cs.throttle, 4))
    try:
        cs.throttle = 2
    except ValueError as e:
        print("ValueError:", e)
print("stopped", cpwm.duty_cycle, round(cs.throttle, 4))
