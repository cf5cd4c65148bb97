# A stand-in for CircuitPython's busio module, so that CPython can evaluate
# library annotations that name its classes. Only the names.


class I2C:
    pass


class SPI:
    pass


class UART:
    pass
