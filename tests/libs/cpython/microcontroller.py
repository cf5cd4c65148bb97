# A stand-in for CircuitPython's microcontroller module, so that CPython can
# evaluate library annotations that name microcontroller.Pin. Only the name.


class Pin:
    pass
