# libs: Pixelbuf
# extra: Pixelbuf/tests/test_pixelbuf.py
# expected: cpython
# adafruit_pixelbuf (the pure-Python PixelBuf): its own pytest-style tests,
# unchanged (slice fills with a tuple, a packed int over a reversed stepped
# slice, per-pixel lists), then byte orders (RGB, GRBW, dotstar PBGR), the
# buffer _transmit receives, brightness scaling and its undo, fill, header
# and trailer, negative indices and the errors for bad input. (Slices of a
# buffer with a header read past its end: a library bug, not exercised.)
import libtest
import test_pixelbuf

import adafruit_pixelbuf

libtest.run(test_pixelbuf)


class Recorder(adafruit_pixelbuf.PixelBuf):
    def __init__(self, *args, **kwargs):
        self.sent = []
        super().__init__(*args, **kwargs)

    def _transmit(self, buffer):
        self.sent.append(bytes(buffer))


for order in ("RGB", "GRB", "BGR", "GRBW", "RGBW", "PBGR", "PRGB"):
    print(order, adafruit_pixelbuf.PixelBuf.parse_byteorder(order))
for bad in ("RGX", "RG", ""):
    try:
        adafruit_pixelbuf.PixelBuf.parse_byteorder(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)

p = Recorder(4, byteorder="GRB")
print(len(p), p.bpp, p.byteorder, p.brightness, p.auto_write)
p[0] = (10, 20, 30)
p[-1] = 0x112233
p[1] = (255, 128, 1)
p.show()
print(p.sent[-1].hex(), p[:], p[-1], p[3])
p.brightness = 0.5
print(p.brightness, p[:])
p.show()
print(p.sent[-1].hex())
p.brightness = 0.5004  # less than 0.001 away: nothing changes
print(p.brightness)
p[2] = (200, 100, 50)
p.show()
print(p.sent[-1].hex(), p[2])
p.brightness = 1.0
p.show()
print(p.sent[-1].hex())
p.brightness = 7
print(p.brightness)
p.brightness = -1
p.show()
print(p.brightness, p.sent[-1].hex(), p[:])
p.brightness = 1
p.fill((1, 2, 3))
p.show()
print(p.sent[-1].hex())
print(len(p.sent))
for index in (4, -5):
    try:
        p[index] = 0
    except IndexError:
        print("IndexError set", index)
    try:
        p[index]
    except IndexError:
        print("IndexError get", index)
for bad in ((1, 2), (1, 2, 3, 4, 5)):
    try:
        p[0] = bad
    except ValueError as e:
        print("ValueError:", e)

w = Recorder(3, byteorder="GRBW", auto_write=True)
w[0] = (5, 5, 5)  # equal components go to the white LED
w[1] = (1, 2, 3, 4)
w[2] = 0x070707
print(w[:], w.sent[-1].hex(), len(w.sent))
w.fill(0x102030)
print(w[:], len(w.sent))
w.brightness = 0.25
print(w.sent[-1].hex(), len(w.sent))

d = Recorder(3, byteorder="PBGR", brightness=1.0)
print(d.sent, d.bpp, d[:])
d[0] = (255, 0, 0)
d[1] = (0, 255, 0, 0.5)
d[2] = 0x0000FF
d.show()
print(d.sent[-1].hex(), d[:])
d.brightness = 0.5
d.show()
print(d.sent[-1].hex())

h = Recorder(2, byteorder="RGB", header=bytearray(b"\x00\x00\x00\x00"), trailer=bytearray(b"\xff\xff"))
h[:] = [(1, 2, 3), (4, 5, 6)]
h[0:2] = [0x0A0B0C, (7, 8, 9)]
h.show()
print(h.sent[-1].hex(), h[0], h[-1], h[1])
try:
    Recorder(2, header=b"\x00")
except TypeError as e:
    print("TypeError:", e)
try:
    Recorder(2, trailer=b"\x00")
except TypeError as e:
    print("TypeError:", e)
try:
    adafruit_pixelbuf.PixelBuf(1).show()
except NotImplementedError as e:
    print("NotImplementedError:", e)
