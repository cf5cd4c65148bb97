"""Garage door controller written as an explicit state machine.

States are classes with enter/exit/handle hooks; the machine keeps a
history, timers and a transition table that is checked at start-up.
"""

from micropython import const

_EV_BUTTON = const(1)
_EV_LIMIT_OPEN = const(2)
_EV_LIMIT_CLOSED = const(3)
_EV_OBSTACLE = const(4)
_EV_TICK = const(5)
_EV_FAULT = const(6)
_EV_RESET = const(7)

_MOTOR_STOP = const(0)
_MOTOR_UP = const(1)
_MOTOR_DOWN = const(2)

_TRAVEL_TIMEOUT = const(300)
_AUTO_CLOSE_TICKS = const(1200)
_MAX_HISTORY = const(32)

EVENT_NAMES = {
    _EV_BUTTON: "button",
    _EV_LIMIT_OPEN: "limit-open",
    _EV_LIMIT_CLOSED: "limit-closed",
    _EV_OBSTACLE: "obstacle",
    _EV_TICK: "tick",
    _EV_FAULT: "fault",
    _EV_RESET: "reset",
}


class TransitionError(Exception):
    pass


class Motor:
    def __init__(self):
        self.direction = _MOTOR_STOP
        self.changes = 0

    def drive(self, direction):
        if direction != self.direction:
            self.changes += 1
        self.direction = direction

    def stop(self):
        self.drive(_MOTOR_STOP)

    @property
    def running(self):
        return self.direction != _MOTOR_STOP


class Light:
    def __init__(self):
        self.on = False
        self.blinking = False

    def set(self, on, blinking=False):
        self.on = on
        self.blinking = blinking


class State:
    name = "state"
    allowed = ()

    def enter(self, machine):
        pass

    def exit(self, machine):
        pass

    def handle(self, machine, event, data):
        return None

    def __repr__(self):
        return "<" + self.name + ">"


class Closed(State):
    name = "closed"
    allowed = ("opening", "fault")

    def enter(self, machine):
        machine.motor.stop()
        machine.light.set(False)
        machine.closed_count += 1

    def handle(self, machine, event, data):
        if event == _EV_BUTTON:
            return "opening"
        if event == _EV_FAULT:
            return "fault"
        return None


class Opening(State):
    name = "opening"
    allowed = ("open", "stopped", "fault")

    def enter(self, machine):
        machine.motor.drive(_MOTOR_UP)
        machine.light.set(True)
        machine.timer = 0

    def exit(self, machine):
        machine.motor.stop()

    def handle(self, machine, event, data):
        if event == _EV_LIMIT_OPEN:
            return "open"
        if event == _EV_BUTTON:
            return "stopped"
        if event == _EV_TICK:
            machine.timer += data or 1
            if machine.timer > _TRAVEL_TIMEOUT:
                machine.fault_reason = "opening took too long"
                return "fault"
        if event == _EV_FAULT:
            return "fault"
        return None


class Open(State):
    name = "open"
    allowed = ("closing", "fault")

    def enter(self, machine):
        machine.light.set(True)
        machine.timer = 0

    def handle(self, machine, event, data):
        if event == _EV_BUTTON:
            return "closing"
        if event == _EV_TICK:
            machine.timer += data or 1
            if machine.auto_close and machine.timer >= _AUTO_CLOSE_TICKS:
                return "closing"
        elif event == _EV_FAULT:
            return "fault"
        return None


class Closing(State):
    name = "closing"
    allowed = ("closed", "opening", "stopped", "fault")

    def enter(self, machine):
        machine.motor.drive(_MOTOR_DOWN)
        machine.light.set(True, blinking=True)
        machine.timer = 0

    def exit(self, machine):
        machine.motor.stop()
        machine.light.set(machine.light.on, blinking=False)

    def handle(self, machine, event, data):
        if event == _EV_LIMIT_CLOSED:
            return "closed"
        if event == _EV_OBSTACLE:
            machine.obstacles += 1
            return "opening"
        if event == _EV_BUTTON:
            return "stopped"
        if event == _EV_TICK:
            machine.timer += data or 1
            if machine.timer > _TRAVEL_TIMEOUT:
                machine.fault_reason = "closing took too long"
                return "fault"
        if event == _EV_FAULT:
            return "fault"
        return None


class Stopped(State):
    name = "stopped"
    allowed = ("opening", "closing", "fault")

    def enter(self, machine):
        machine.motor.stop()

    def handle(self, machine, event, data):
        if event == _EV_BUTTON:
            previous = machine.previous_name
            return "closing" if previous == "opening" else "opening"
        if event == _EV_FAULT:
            return "fault"
        return None


class Fault(State):
    name = "fault"
    allowed = ("closed",)

    def enter(self, machine):
        machine.motor.stop()
        machine.light.set(True, blinking=True)
        machine.faults += 1

    def handle(self, machine, event, data):
        if event == _EV_RESET:
            machine.fault_reason = None
            return "closed"
        return None


class Machine:
    def __init__(self, auto_close=True):
        self.motor = Motor()
        self.light = Light()
        self.auto_close = auto_close
        self.states = {}
        for cls in (Closed, Opening, Open, Closing, Stopped, Fault):
            self.states[cls.name] = cls()
        self.check_table()
        self.state = None
        self.previous_name = None
        self.history = []
        self.timer = 0
        self.faults = 0
        self.obstacles = 0
        self.closed_count = 0
        self.fault_reason = None
        self._go("closed")

    def check_table(self):
        for name, state in self.states.items():
            for target in state.allowed:
                if target not in self.states:
                    raise TransitionError("%s -> %s: unknown state" % (name, target))

    def _go(self, name):
        if self.state is not None:
            if name not in self.state.allowed:
                raise TransitionError("%s cannot go to %s" % (self.state.name, name))
            self.state.exit(self)
            self.previous_name = self.state.name
        self.state = self.states[name]
        self.state.enter(self)
        self.history.append(name)
        if len(self.history) > _MAX_HISTORY:
            del self.history[0]

    def post(self, event, data=None):
        target = self.state.handle(self, event, data)
        if target is not None and target != self.state.name:
            self._go(target)
            return True
        return False

    def run(self, script):
        changes = 0
        for item in script:
            if isinstance(item, tuple):
                event, data = item
            else:
                event, data = item, None
            if self.post(event, data):
                changes += 1
        return changes

    def report(self):
        lines = ["state: " + self.state.name]
        lines.append("motor: %d (%d changes)" % (self.motor.direction, self.motor.changes))
        lines.append("light: %s%s" % ("on" if self.light.on else "off",
                                      " blinking" if self.light.blinking else ""))
        lines.append("faults: %d, obstacles: %d, closed: %d" % (
            self.faults, self.obstacles, self.closed_count))
        if self.fault_reason:
            lines.append("reason: " + self.fault_reason)
        lines.append("history: " + " > ".join(self.history))
        return "\n".join(lines)


def describe(script):
    out = []
    for item in script:
        event = item[0] if isinstance(item, tuple) else item
        out.append(EVENT_NAMES.get(event, "?"))
    return ",".join(out)


SCRIPT = [
    _EV_BUTTON,
    (_EV_TICK, 50),
    _EV_LIMIT_OPEN,
    (_EV_TICK, 600),
    (_EV_TICK, 600),
    _EV_OBSTACLE,
    _EV_LIMIT_OPEN,
    _EV_BUTTON,
    _EV_BUTTON,
    _EV_BUTTON,
    (_EV_TICK, 400),
    _EV_RESET,
    _EV_BUTTON,
    _EV_LIMIT_OPEN,
    _EV_BUTTON,
    _EV_LIMIT_CLOSED,
]

if __name__ == "__main__":
    m = Machine()
    print(describe(SCRIPT))
    print(m.run(SCRIPT), "transitions")
    print(m.report())
    try:
        m._go("open")
        m._go("fault")
        m._go("opening")
    except TransitionError as e:
        print("refused:", e)
