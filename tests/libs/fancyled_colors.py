# libs: FancyLED
# extra: FancyLED/examples/fancyled_neopixel_rotate_simpletest.py FancyLED/examples/fancyled_cpx_rotate.py FancyLED/examples/fancyled_cpx_helper_example.py
# expected: cpython
# adafruit_fancyled: the library's three examples, unchanged, over stand-in
# board / neopixel / Circuit Playground modules put in sys.modules whose
# pixels print each frame (their `while True` ends after three frames, when
# show() raises); then the color math itself: CRGB from ints, floats and
# CHSV, CHSV hue wrapping, pack() with and without white, unpack, normalize
# and denormalize, mix in RGB and HSV, gamma_adjust for levels, colors and
# lists (in place and not), palette_lookup, expand_gradient and the FastLED
# helpers.
import sys

import adafruit_fancyled.adafruit_fancyled as fancy
import adafruit_fancyled.fastled_helpers as helper


class Done(Exception):
    pass


class Pixels:
    def __init__(self, n, frames=3, **kwargs):
        self.values = [0] * n
        self.frames = frames
        self.shown = 0
        self.auto_write = kwargs.get("auto_write", True)
        self.brightness = kwargs.get("brightness", 1.0)

    def __setitem__(self, i, value):
        self.values[i] = value

    def show(self):
        self.shown += 1
        print("  frame", self.shown, " ".join("%06x" % v for v in self.values))
        if self.shown == self.frames:
            raise Done


class Namespace:
    pass


board = Namespace()
board.D6 = "D6"
neopixel = Namespace()
neopixel.NeoPixel = lambda pin, n, **kwargs: Pixels(n, **kwargs)
cp = Namespace()
cp.express = Namespace()
sys.modules["board"] = board
sys.modules["neopixel"] = neopixel
sys.modules["adafruit_circuitplayground"] = cp
sys.modules["adafruit_circuitplayground.express"] = cp.express

for name in ("fancyled_neopixel_rotate_simpletest", "fancyled_cpx_rotate", "fancyled_cpx_helper_example"):
    cp.express.cpx = Namespace()
    cp.express.cpx.pixels = Pixels(10)
    print(name)
    try:
        __import__(name)
    except Done:
        pass
    if name != "fancyled_neopixel_rotate_simpletest":
        print("  auto_write", cp.express.cpx.pixels.auto_write, "brightness", cp.express.cpx.pixels.brightness)


def rgb(c):
    return "CRGB(%.4f, %.4f, %.4f)" % (c.red, c.green, c.blue)


def hsv(c):
    return "CHSV(%.4f, %.4f, %.4f)" % (c.hue, c.saturation, c.value)


def color(c):
    if isinstance(c, fancy.CRGB):
        return rgb(c)
    if isinstance(c, fancy.CHSV):
        return hsv(c)
    return "%06x" % c


for args in ((255, 0, 0), (1.0, 0.5, 0.0), (128, 64, 300), (-5, 2.0, -0.5), (0.25,)):
    c = fancy.CRGB(*args)
    print(args, rgb(c), "%06x" % c.pack(), len(c), list(c), str(c))
c = fancy.CRGB(10, 20, 30)
try:
    c[3]
except IndexError:
    print("IndexError")
for h in (0.0, 1 / 12, 0.25, 0.5, 2 / 3, 0.9, 1.5, -0.25, 0, 64, 128, 200, 256):
    for s, v in ((1.0, 1.0), (0.5, 0.75), (255, 128)):
        x = fancy.CHSV(h, s, v)
        print("hsv", h, s, v, hsv(x), rgb(fancy.CRGB(x)), "%06x" % x.pack())
x = fancy.CHSV(0.1, 0.2, 0.3)
print(list(x), len(x), str(x))
print(fancy.CRGB(0.5, 0.25, 1.0).pack(0.5), fancy.CRGB(0.5, 0.25, 1.0).pack(300), fancy.CHSV(0.5).pack(7))
print(fancy.CRGB(0.5, 0.25, 1.0).pack(0), fancy.CRGB(1.0, 1.0, 1.0).pack(-3))
for v in (0, 0x123456, 0xFFFFFF, 0x800080):
    u = fancy.unpack(v)
    print("unpack %06x" % v, rgb(u), "%06x" % u.pack())
print(fancy.normalize(0), fancy.normalize(255), fancy.normalize(128), fancy.normalize(-3), fancy.normalize(999))
print(fancy.normalize([0, 51, 102, 300]), fancy.normalize((1, 2)))
levels = [0, 128, 255]
print(fancy.normalize(levels, inplace=True), levels)
print(fancy.denormalize(0.0), fancy.denormalize(0.999), fancy.denormalize(1.0), fancy.denormalize(0.5), fancy.denormalize(-1.0))
print(fancy.denormalize([0.1, 0.2, 2.0]))
print(fancy.denormalize(levels, inplace=True), levels)
print(fancy.clamp(5, 0, 3), fancy.clamp(-1.5, 0, 3), fancy.clamp_norm(1.5), fancy.clamp_norm(51))

red, blue = fancy.CRGB(255, 0, 0), fancy.CRGB(0, 0, 255)
for w in (0.0, 0.25, 0.5, 1.0):
    print("mix", w, rgb(fancy.mix(red, blue, w)))
print(rgb(fancy.mix(0xFF0000, 0x00FF00)), rgb(fancy.mix(red, 0x00FF00, 0.75)), rgb(fancy.mix(0x0000FF, red, 0.1)))
print(hsv(fancy.mix(fancy.CHSV(0.25), fancy.CHSV(0.75), 0.5)), hsv(fancy.mix(fancy.CHSV(1.25, 0.5), fancy.CHSV(0.75, 1.0, 0.0))))
print(rgb(fancy.mix(fancy.CHSV(0.0), blue, 0.5)), rgb(fancy.mix(fancy.CHSV(0.0), 0x00FF00, 0.5)), rgb(fancy.mix(red, fancy.CHSV(0.5), 0.5)))

for level in (0.0, 0.25, 0.5, 1.0):
    print("gamma", level, round(fancy.gamma_adjust(level), 6), round(fancy.gamma_adjust(level, 2.2, 0.5), 6))
print([round(v, 6) for v in fancy.gamma_adjust([0.1, 0.5, 0.9])], [round(v, 6) for v in fancy.gamma_adjust((0.5, 0.75), 2.0, 0.5)])
floats = [0.2, 0.4]
print(fancy.gamma_adjust(floats, 2.0, inplace=True), [round(v, 6) for v in floats])
col = fancy.CRGB(0.5, 0.75, 1.0)
print(rgb(fancy.gamma_adjust(col)), rgb(fancy.gamma_adjust(col, 2.0, 0.5)), rgb(fancy.gamma_adjust(col, (1.0, 2.0, 3.0), (1.0, 0.5, 0.25))))
print(rgb(fancy.gamma_adjust(fancy.CHSV(0.3, 0.6, 0.9), brightness=0.25)))
cols = [fancy.CRGB(0.5, 0.5, 0.5), fancy.CHSV(0.6)]
print([rgb(x) for x in fancy.gamma_adjust(cols, 2.0, (0.5, 1.0, 1.0))], [type(x).__name__ for x in cols])
print([rgb(x) for x in fancy.gamma_adjust(tuple(cols), (2.0, 2.5, 3.0), 0.5)])
print(fancy.gamma_adjust(cols, inplace=True), [rgb(x) for x in cols])

palette = [fancy.CRGB(1.0, 0.0, 0.0), fancy.CHSV(0.33), 0x0000FF]
for pos in (0.0, 0.1, 1 / 3, 0.5, 0.9, 1.0, 1.25, -0.1):
    print("lookup", pos, rgb(fancy.palette_lookup(palette, pos)))
hpal = [fancy.CHSV(0.0), fancy.CHSV(0.5)]
print(hsv(fancy.palette_lookup(hpal, 0.25)), hsv(fancy.palette_lookup(hpal, 0.75)))
grad = [(0.5, fancy.CRGB(0, 255, 0)), (0.0, fancy.CRGB(255, 0, 0)), (1.0, 0x0000FF)]
print([color(x) for x in fancy.expand_gradient(grad, 7)])
grad = [[0.2, fancy.CRGB(1.0, 1.0, 1.0)], [0.8, fancy.CHSV(0.0)]]
print([color(x) for x in fancy.expand_gradient(grad, 6)])

print("helpers")
heat = bytes([0, 255, 255, 255, 64, 255, 255, 0, 128, 255, 0, 0, 255, 0, 0, 0])
pal = helper.loadDynamicGradientPalette(heat, 8)
print([rgb(x) for x in pal])
for pos, bright, blend in ((0, 255, False), (40, 255, False), (40, 255, True), (100, 128, True), (255, 0, False)):
    print("from palette", pos, bright, blend, rgb(helper.ColorFromPalette(pal, pos, bright, blend)))
print(rgb(helper.ColorFromPalette([fancy.CHSV(0.5), 0x00FF00], 8, 0.5)), rgb(helper.ColorFromPalette([fancy.CHSV(0.5), fancy.CHSV(0.7)], 20, 0.5)))
print(rgb(helper.hsv2rgb_spectrum(0, 255, 255)), rgb(helper.hsv2rgb_spectrum(170, 128, 64)))
print(round(helper.applyGamma_video(0.5), 6), rgb(helper.applyGamma_video(col, 2.0, 2.2, 2.4)))
lst = [fancy.CRGB(0.5, 0.5, 0.5)]
print(helper.napplyGamma_video(lst), rgb(lst[0]))
