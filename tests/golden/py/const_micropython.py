# micropython.const() at module level.
from micropython import const

WIDTH = const(128)
HEIGHT = const(64)
_PRIVATE = const(0x3C)
_MASK = const(0xFF)
BIG = const(0x12345678)
NEG = const(-5)
AREA = const(WIDTH * HEIGHT)


def pixel_index(x, y):
    return y * WIDTH + x


def clamp(v):
    return v & _MASK


class Screen:
    ADDR = const(0x3D)

    def __init__(self):
        self.buf = bytearray(AREA // 8)
        self.addr = _PRIVATE

    def size(self):
        return WIDTH, HEIGHT


print(pixel_index(3, 4), clamp(300), BIG, NEG, Screen().size(), Screen.ADDR)
