"""A driver for a made-up sensor."""

import time
from micropython import const

_ADDR = const(0x48)
_REG_TEMP = const(0x00)


class Sensor:
    """Reads the temperature."""

    def __init__(self, i2c, address=_ADDR):
        self._i2c = i2c
        self._buf = bytearray(2)
        self.address = address

    @property
    def temperature(self):
        self._buf[0] = _REG_TEMP
        with self._i2c as bus:
            bus.write_then_readinto(self._buf, self._buf, out_end=1)
        raw = (self._buf[0] << 8 | self._buf[1]) >> 4
        if raw & 0x800:
            raw -= 1 << 12
        return raw * 0.0625  # degrees C


def main():
    s = Sensor(None)
    while True:
        print(f"{s.temperature:.2f} C")
        time.sleep(0.5)
