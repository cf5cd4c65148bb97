# A stand-in for CircuitPython's digitalio module, so that CPython can import
# libraries that name its classes in type annotations (evaluated when their
# functions are defined). Only the names: nothing here drives a pin.


class DigitalInOut:
    pass


class Direction:
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"


class Pull:
    UP = "UP"
    DOWN = "DOWN"
