"""Colour helpers for RGB LEDs: a colour wheel, gamma correction and blends."""

from micropython import const

_GAMMA = const(28)  # gamma 2.8, in tenths

__version__ = "0.0.0+auto.0"


def wheel(pos):
    """Map 0..255 onto a red-green-blue colour wheel as an (r, g, b) tuple."""
    pos = int(pos) % 256
    if pos < 85:
        return (255 - pos * 3, pos * 3, 0)
    if pos < 170:
        pos -= 85
        return (0, 255 - pos * 3, pos * 3)
    pos -= 170
    return (pos * 3, 0, 255 - pos * 3)


def gamma(value, exponent=_GAMMA / 10):
    """Perceptual brightness correction of one 0..255 channel."""
    return int(((value / 255) ** exponent) * 255 + 0.5)


def blend(a, b, t):
    """Linear mix of two colours; t=0 gives a, t=1 gives b."""
    t = min(max(t, 0.0), 1.0)
    return tuple(int(x + (y - x) * t) for x, y in zip(a, b))


class Palette:
    """A named set of colours with a cursor that cycles through them."""

    def __init__(self, **colours):
        self._names = sorted(colours)
        self._colours = colours
        self._index = 0

    def __len__(self):
        return len(self._names)

    def __getitem__(self, name):
        try:
            return self._colours[name]
        except KeyError:
            raise KeyError("no colour named %r" % name) from None

    def next(self):
        name = self._names[self._index]
        self._index = (self._index + 1) % len(self._names)
        return name, self._colours[name]
