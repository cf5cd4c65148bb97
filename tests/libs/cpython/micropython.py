# A stand-in for CircuitPython's micropython module, so that CPython can run
# the libraries (and the drivers) that import it: const() is the identity.


def const(x):
    return x
