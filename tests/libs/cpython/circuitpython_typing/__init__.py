# A stand-in for the circuitpython_typing package (Adafruit_CircuitPython_Typing),
# so that CPython can evaluate the annotations of libraries that name its
# protocols. The package itself cannot be compiled for CircuitPython (it
# uses positional-only parameters), and CircuitPython never imports it: the
# libraries import it only after `from typing import ...`, which fails there.

ReadableBuffer = bytes
WriteableBuffer = bytearray
