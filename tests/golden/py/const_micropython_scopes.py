# const() inside functions and classes, and without importing micropython.
from micropython import const

_MODULE_LEVEL = const(7)
PUBLIC = const(8)


def in_function():
    LOCAL = const(3)
    return LOCAL + _MODULE_LEVEL


class InClass:
    _HIDDEN = const(0x20)
    SHOWN = const(0x21)

    def read(self):
        return self._HIDDEN if hasattr(self, "_HIDDEN") else _MODULE_LEVEL


UNIMPORTED = const(99) if False else 99
print(in_function(), InClass.SHOWN, InClass().read(), PUBLIC, UNIMPORTED)
print("_MODULE_LEVEL" in globals(), "PUBLIC" in globals())
