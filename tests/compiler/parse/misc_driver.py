"""A driver-like module."""
from micropython import const
import struct

_REG_ID = const(0x0F)
_REG_CTRL = const(0x20)
_CTRL_ON = const(0b1000_0000)
_SCALE = const(1 / 256)

__version__ = "0.0.0+auto.0"
__repo__ = "https://github.com/adafruit/Adafruit_CircuitPython_Example.git"


class Sensor:
    """A sensor."""

    _BUFFER = bytearray(6)

    def __init__(self, i2c, address=0x18):
        self._i2c = i2c
        self._address = address
        if self._read_u8(_REG_ID) != 0x33:
            raise RuntimeError("Failed to find sensor")
        self._write_u8(_REG_CTRL, _CTRL_ON | 0x07)

    @property
    def acceleration(self):
        """The acceleration in m/s^2."""
        x, y, z = struct.unpack("<hhh", self._BUFFER)
        return (x * _SCALE, y * _SCALE, z * _SCALE)

    def _read_u8(self, register):
        self._BUFFER[0] = register & 0xFF
        return self._BUFFER[0]

    def _write_u8(self, register, value):
        self._BUFFER[0] = register & 0xFF
        self._BUFFER[1] = value & 0xFF
