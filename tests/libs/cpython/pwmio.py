# A stand-in for CircuitPython's pwmio module, so that CPython can import
# libraries that name PWMOut in type annotations. Only the name.


class PWMOut:
    pass
