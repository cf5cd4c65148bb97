"""LED strip animations: colour helpers, a pixel buffer and animation classes."""

import math
from micropython import const

_NUM_PIXELS = const(30)
_BRIGHTNESS_SCALE = const(255)

RED = (255, 0, 0)
YELLOW = (255, 150, 0)
GREEN = (0, 255, 0)
CYAN = (0, 255, 255)
BLUE = (0, 0, 255)
PURPLE = (180, 0, 255)
WHITE = (255, 255, 255)
BLACK = (0, 0, 0)
RAINBOW = (RED, YELLOW, GREEN, CYAN, BLUE, PURPLE)


def wheel(pos):
    pos = pos & 0xFF
    if pos < 85:
        return (255 - pos * 3, pos * 3, 0)
    if pos < 170:
        pos -= 85
        return (0, 255 - pos * 3, pos * 3)
    pos -= 170
    return (pos * 3, 0, 255 - pos * 3)


def blend(a, b, t):
    return tuple(int(x + (y - x) * t) for x, y in zip(a, b))


def gamma(c, g=2.6):
    return tuple(int(((v / 255) ** g) * 255 + 0.5) for v in c)


def hsv(h, s, v):
    if s == 0:
        return (int(v * 255),) * 3
    h = (h % 1.0) * 6
    i = int(h)
    f = h - i
    p, q, t = v * (1 - s), v * (1 - s * f), v * (1 - s * (1 - f))
    r, g, b = ((v, t, p), (q, v, p), (p, v, t), (p, q, v), (t, p, v), (v, p, q))[i % 6]
    return (int(r * 255), int(g * 255), int(b * 255))


class Strip:
    def __init__(self, n, brightness=1.0, order="GRB"):
        self.n = n
        self.order = order
        self._brightness = brightness
        self.buf = bytearray(n * 3)
        self.shows = 0

    def __len__(self):
        return self.n

    @property
    def brightness(self):
        return self._brightness

    @brightness.setter
    def brightness(self, value):
        self._brightness = min(max(value, 0.0), 1.0)

    def __setitem__(self, index, color):
        if isinstance(index, slice):
            for i in range(*index.indices(self.n)):
                self[i] = color
            return
        if index < 0:
            index += self.n
        if not 0 <= index < self.n:
            raise IndexError("pixel index out of range")
        r, g, b = (int(c * self._brightness) for c in color)
        offset = index * 3
        for k, ch in enumerate(self.order):
            self.buf[offset + k] = r if ch == "R" else g if ch == "G" else b

    def __getitem__(self, index):
        offset = index * 3
        vals = dict(zip(self.order, self.buf[offset:offset + 3]))
        return (vals["R"], vals["G"], vals["B"])

    def fill(self, color):
        self[:] = color

    def show(self):
        self.shows += 1
        return bytes(self.buf)


class Animation:
    def __init__(self, strip, speed=1, color=WHITE, name=None):
        self.strip = strip
        self.speed = speed
        self.color = color
        self.name = name or type(self).__name__
        self.frame = 0
        self.paused = False
        self.cycles = 0

    def draw(self):
        raise NotImplementedError

    def on_cycle_complete(self):
        self.cycles += 1

    def animate(self, now):
        if self.paused:
            return False
        self.draw()
        self.strip.show()
        self.frame += 1
        return True

    def reset(self):
        self.frame = 0
        self.cycles = 0


class Solid(Animation):
    def draw(self):
        self.strip.fill(self.color)


class Blink(Animation):
    def draw(self):
        on = (self.frame // self.speed) % 2 == 0
        self.strip.fill(self.color if on else BLACK)
        if not on and self.frame % self.speed == 0:
            self.on_cycle_complete()


class Chase(Animation):
    def __init__(self, strip, size=2, spacing=3, reverse=False, **kwargs):
        super().__init__(strip, **kwargs)
        self.size = size
        self.spacing = spacing
        self.reverse = reverse

    def draw(self):
        period = self.size + self.spacing
        offset = self.frame % period
        if self.reverse:
            offset = period - 1 - offset
        for i in range(len(self.strip)):
            lit = (i + offset) % period < self.size
            self.strip[i] = self.color if lit else BLACK
        if offset == 0:
            self.on_cycle_complete()


class Rainbow(Animation):
    def __init__(self, strip, spread=1.0, **kwargs):
        super().__init__(strip, **kwargs)
        self.spread = spread

    def draw(self):
        n = len(self.strip)
        for i in range(n):
            self.strip[i] = wheel(int(i * 256 * self.spread / n) + self.frame * self.speed)
        if (self.frame * self.speed) % 256 == 0:
            self.on_cycle_complete()


class Comet(Animation):
    def __init__(self, strip, tail=8, bounce=True, **kwargs):
        super().__init__(strip, **kwargs)
        self.tail = tail
        self.bounce = bounce
        self.direction = 1
        self.head = 0

    def draw(self):
        self.strip.fill(BLACK)
        for k in range(self.tail):
            pos = self.head - k * self.direction
            if 0 <= pos < len(self.strip):
                fade = 1.0 - k / self.tail
                self.strip[pos] = tuple(int(c * fade) for c in self.color)
        self.head += self.direction
        if self.head >= len(self.strip) or self.head < 0:
            if self.bounce:
                self.direction = -self.direction
                self.head += 2 * self.direction
            else:
                self.head = 0
            self.on_cycle_complete()


class Pulse(Animation):
    def __init__(self, strip, period=2.0, **kwargs):
        super().__init__(strip, **kwargs)
        self.period = period

    def draw(self):
        level = (math.sin(self.frame * 2 * math.pi / (self.period * 30)) + 1) / 2
        self.strip.fill(blend(BLACK, self.color, level))


class Sequence:
    def __init__(self, *animations, advance_after=None, auto_clear=True):
        self.animations = animations
        self.index = 0
        self.advance_after = advance_after
        self.auto_clear = auto_clear
        self.elapsed = 0

    @property
    def current(self):
        return self.animations[self.index]

    def next(self):
        if self.auto_clear:
            self.current.strip.fill(BLACK)
        self.index = (self.index + 1) % len(self.animations)
        self.current.reset()
        self.elapsed = 0

    def animate(self, now):
        self.elapsed += 1
        if self.advance_after and self.elapsed > self.advance_after:
            self.next()
        return self.current.animate(now)


strip = Strip(_NUM_PIXELS, brightness=0.5)
seq = Sequence(
    Solid(strip, color=RED),
    Blink(strip, speed=2, color=GREEN),
    Chase(strip, size=3, spacing=2, color=CYAN, reverse=True),
    Rainbow(strip, speed=16, spread=0.5),
    Comet(strip, tail=5, color=PURPLE),
    Pulse(strip, period=0.5, color=gamma(YELLOW)),
    advance_after=12,
)
checksum = 0
for tick in range(90):
    seq.animate(tick)
    checksum = (checksum * 31 + sum(strip.buf)) & 0xFFFFFFFF
print(strip.shows, checksum, strip[0], [a.cycles for a in seq.animations], hsv(0.3, 1, 1))
