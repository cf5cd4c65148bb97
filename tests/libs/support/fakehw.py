# Stand-in hardware modules (board, digitalio, pwmio) and a stand-in time
# module, for drivers that run libraries or their examples without a board.
# install() puts them in sys.modules, where import finds them before any
# built-in or file module, so code that says `import board` runs unchanged;
# the objects print or record what is done to them. The same code runs on
# CPython, which makes the expected output.
import sys


class Module:
    def __init__(self, name, **attrs):
        self.__name__ = name
        for key in attrs:
            setattr(self, key, attrs[key])


class Board(Module):
    # Any pin name: board.D6 is the string "D6".
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return name


class Direction:
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"


class Pull:
    UP = "UP"
    DOWN = "DOWN"


class DriveMode:
    PUSH_PULL = "PUSH_PULL"
    OPEN_DRAIN = "OPEN_DRAIN"


class DigitalInOut:
    # A pin whose value is kept; reading an input pin calls read(), if set,
    # so a driver can feed it. log: every change, as (pin, attribute, value).
    log = None

    def __init__(self, pin):
        self.pin = pin
        self.direction = Direction.INPUT
        self.pull = None
        self.drive_mode = DriveMode.PUSH_PULL
        self.read = None
        self._value = False

    def _note(self, what, value):
        if DigitalInOut.log is not None:
            DigitalInOut.log.append((self.pin, what, value))

    @property
    def value(self):
        if self.read is not None:
            return self.read()
        return self._value

    @value.setter
    def value(self, value):
        self._value = value
        self._note("value", value)

    def switch_to_output(self, value=False, drive_mode=DriveMode.PUSH_PULL):
        self.direction = Direction.OUTPUT
        self.drive_mode = drive_mode
        self.value = value

    def switch_to_input(self, pull=None):
        self.direction = Direction.INPUT
        self.pull = pull
        self._note("pull", pull)

    def deinit(self):
        self._note("deinit", None)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.deinit()


class PWMOut:
    # A PWM output that records (time, frequency, duty_cycle) whenever the
    # duty cycle or frequency changes, with the time of the stand-in clock.
    clock = None
    instances = []

    def __init__(self, pin, *, duty_cycle=0, frequency=500, variable_frequency=False):
        self.pin = pin
        self._duty_cycle = duty_cycle
        self._frequency = frequency
        self.variable_frequency = variable_frequency
        self.deinited = False
        self.changes = []
        PWMOut.instances.append(self)

    def _note(self):
        now = PWMOut.clock.now if PWMOut.clock is not None else None
        self.changes.append((now, self._frequency, self._duty_cycle))

    @property
    def duty_cycle(self):
        return self._duty_cycle

    @duty_cycle.setter
    def duty_cycle(self, value):
        if not 0 <= value <= 0xFFFF:
            raise ValueError("duty_cycle must be 0-65535")
        self._duty_cycle = value
        self._note()

    @property
    def frequency(self):
        return self._frequency

    @frequency.setter
    def frequency(self, value):
        if not self.variable_frequency:
            raise AttributeError("frequency is fixed")
        self._frequency = value
        self._note()

    def deinit(self):
        self.deinited = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.deinit()


class Stop(Exception):
    # Raised by the stand-in clock's sleep after its budget of sleeps, to end
    # an example's `while True`.
    pass


class Clock(Module):
    # A time module whose clock moves only when code sleeps: sleep() adds to
    # now (seconds, kept as integer microseconds to stay exact), monotonic()
    # reads it. stop_after: sleeps allowed before Stop is raised.
    def __init__(self, stop_after=None):
        Module.__init__(self, "time")
        self.us = 0
        self.sleeps = 0
        self.stop_after = stop_after

    @property
    def now(self):
        return self.us / 1000000

    def sleep(self, seconds):
        self.sleeps += 1
        self.us += round(seconds * 1000000)
        if self.stop_after is not None and self.sleeps >= self.stop_after:
            raise Stop

    def monotonic(self):
        return self.now


def install():
    # Puts board, digitalio and pwmio in sys.modules; returns them.
    board = Board("board")
    digitalio = Module("digitalio", DigitalInOut=DigitalInOut, Direction=Direction, Pull=Pull, DriveMode=DriveMode)
    pwmio = Module("pwmio", PWMOut=PWMOut)
    sys.modules["board"] = board
    sys.modules["digitalio"] = digitalio
    sys.modules["pwmio"] = pwmio
    return board, digitalio, pwmio


def run_with_time(clock, name):
    # Imports (runs) module `name` with `clock` as its time module, then puts
    # the real one back; returns whether it ended with Stop.
    real = sys.modules.get("time")
    sys.modules["time"] = clock
    try:
        __import__(name)
    except Stop:
        return True
    finally:
        if real is None:
            del sys.modules["time"]
        else:
            sys.modules["time"] = real
    return False
