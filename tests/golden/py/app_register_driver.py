"""Driver for an imaginary I2C environmental sensor (the "ENV-9").

Registers are described by small descriptor classes, the way
CircuitPython register libraries do it, and the driver exposes
properties for every field.
"""

import struct
import time
from micropython import const

_ADDRESS = const(0x76)
_CHIP_ID = const(0x58)

_REG_ID = const(0xD0)
_REG_RESET = const(0xE0)
_REG_STATUS = const(0xF3)
_REG_CTRL_MEAS = const(0xF4)
_REG_CONFIG = const(0xF5)
_REG_PRESS = const(0xF7)
_REG_TEMP = const(0xFA)
_REG_HUM = const(0xFD)
_REG_CALIB_A = const(0x88)
_REG_CALIB_B = const(0xE1)

_RESET_WORD = const(0xB6)
_STATUS_MEASURING = const(0x08)
_STATUS_UPDATING = const(0x01)

MODE_SLEEP = const(0)
MODE_FORCED = const(1)
MODE_NORMAL = const(3)

OVERSAMPLE_VALUES = (0, 1, 2, 4, 8, 16)
STANDBY_MS = (0.5, 62.5, 125, 250, 500, 1000, 10, 20)
FILTER_VALUES = (0, 2, 4, 8, 16)


class FakeBus:
    """An in-memory register file standing in for the I2C bus."""

    def __init__(self):
        self.regs = bytearray(256)
        self.regs[_REG_ID] = _CHIP_ID
        calib = struct.pack("<HhhHhhhhhhhh", 27504, 26435, -1000, 36477, -10685,
                            3024, 2855, 140, -7, 15500, -14600, 6000)
        self.regs[_REG_CALIB_A:_REG_CALIB_A + len(calib)] = calib
        self.regs[_REG_PRESS:_REG_PRESS + 3] = bytes((0x65, 0x5A, 0xC0))
        self.regs[_REG_TEMP:_REG_TEMP + 3] = bytes((0x7E, 0xED, 0x00))
        self.writes = 0

    def readfrom_mem_into(self, addr, reg, buf):
        for i in range(len(buf)):
            buf[i] = self.regs[(reg + i) & 0xFF]

    def writeto_mem(self, addr, reg, data):
        self.writes += 1
        for i, b in enumerate(data):
            self.regs[(reg + i) & 0xFF] = b
        if reg == _REG_RESET and data[0] == _RESET_WORD:
            self.regs[_REG_CTRL_MEAS] = 0
            self.regs[_REG_CONFIG] = 0


class Device:
    def __init__(self, bus, address):
        self.bus = bus
        self.address = address
        self._one = bytearray(1)

    def read(self, reg, n):
        buf = bytearray(n)
        self.bus.readfrom_mem_into(self.address, reg, buf)
        return buf

    def read_byte(self, reg):
        self.bus.readfrom_mem_into(self.address, reg, self._one)
        return self._one[0]

    def write_byte(self, reg, value):
        self._one[0] = value & 0xFF
        self.bus.writeto_mem(self.address, reg, self._one)


class RWBits:
    """A bit field inside one register."""

    def __init__(self, num_bits, register, lowest_bit):
        self.mask = ((1 << num_bits) - 1) << lowest_bit
        self.register = register
        self.shift = lowest_bit

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return (obj.device.read_byte(self.register) & self.mask) >> self.shift

    def __set__(self, obj, value):
        reg = obj.device.read_byte(self.register)
        reg &= ~self.mask
        reg |= (value << self.shift) & self.mask
        obj.device.write_byte(self.register, reg)


class ROBit(RWBits):
    def __init__(self, register, bit):
        super().__init__(1, register, bit)

    def __set__(self, obj, value):
        raise AttributeError("read-only bit")

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return bool(super().__get__(obj, objtype))


class UnaryStruct:
    def __init__(self, register, fmt):
        self.register = register
        self.fmt = fmt
        self.size = struct.calcsize(fmt)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return struct.unpack_from(self.fmt, obj.device.read(self.register, self.size))[0]


class ENV9:
    chip_id = UnaryStruct(_REG_ID, "<B")
    measuring = ROBit(_REG_STATUS, 3)
    updating = ROBit(_REG_STATUS, 0)
    mode = RWBits(2, _REG_CTRL_MEAS, 0)
    _osrs_p = RWBits(3, _REG_CTRL_MEAS, 2)
    _osrs_t = RWBits(3, _REG_CTRL_MEAS, 5)
    _filter = RWBits(3, _REG_CONFIG, 2)
    _standby = RWBits(3, _REG_CONFIG, 5)

    def __init__(self, bus, address=_ADDRESS):
        self.device = Device(bus, address)
        if self.chip_id != _CHIP_ID:
            raise RuntimeError("unexpected chip id 0x%02x" % self.chip_id)
        self.reset()
        self._read_calibration()
        self.sea_level_pressure = 1013.25
        self._t_fine = None
        self.mode = MODE_NORMAL
        self.overscan_temperature = 2
        self.overscan_pressure = 16

    def reset(self):
        self.device.write_byte(_REG_RESET, _RESET_WORD)
        time.sleep(0.002) if hasattr(time, "sleep") else None

    def _read_calibration(self):
        raw = self.device.read(_REG_CALIB_A, 24)
        coeff = struct.unpack("<HhhHhhhhhhhh", raw)
        self._temp_calib = [float(c) for c in coeff[:3]]
        self._pressure_calib = [float(c) for c in coeff[3:]]

    @staticmethod
    def _index(table, value, what):
        try:
            return table.index(value)
        except ValueError:
            raise ValueError("invalid %s: %r (choose from %r)" % (what, value, table))

    @property
    def overscan_temperature(self):
        return OVERSAMPLE_VALUES[self._osrs_t]

    @overscan_temperature.setter
    def overscan_temperature(self, value):
        self._osrs_t = self._index(OVERSAMPLE_VALUES, value, "oversampling")

    @property
    def overscan_pressure(self):
        return OVERSAMPLE_VALUES[self._osrs_p]

    @overscan_pressure.setter
    def overscan_pressure(self, value):
        self._osrs_p = self._index(OVERSAMPLE_VALUES, value, "oversampling")

    @property
    def iir_filter(self):
        return FILTER_VALUES[self._filter]

    @iir_filter.setter
    def iir_filter(self, value):
        self._filter = self._index(FILTER_VALUES, value, "filter")

    @property
    def standby_period(self):
        return STANDBY_MS[self._standby]

    @standby_period.setter
    def standby_period(self, value):
        self._standby = self._index(STANDBY_MS, value, "standby")

    def _raw(self, reg):
        data = self.device.read(reg, 3)
        return (data[0] << 12) | (data[1] << 4) | (data[2] >> 4)

    def _read_temperature(self):
        if self.mode != MODE_NORMAL:
            self.mode = MODE_FORCED
            while self.measuring:
                pass
        adc = self._raw(_REG_TEMP)
        t1, t2, t3 = self._temp_calib
        var1 = (adc / 16384.0 - t1 / 1024.0) * t2
        var2 = ((adc / 131072.0 - t1 / 8192.0) * (adc / 131072.0 - t1 / 8192.0)) * t3
        self._t_fine = int(var1 + var2)

    @property
    def temperature(self):
        self._read_temperature()
        return self._t_fine / 5120.0

    @property
    def pressure(self):
        self._read_temperature()
        adc = self._raw(_REG_PRESS)
        p1, p2, p3, p4, p5, p6, p7, p8, p9 = self._pressure_calib
        var1 = self._t_fine / 2.0 - 64000.0
        var2 = var1 * var1 * p6 / 32768.0
        var2 = var2 + var1 * p5 * 2.0
        var2 = var2 / 4.0 + p4 * 65536.0
        var3 = p3 * var1 * var1 / 524288.0
        var1 = (var3 + p2 * var1) / 524288.0
        var1 = (1.0 + var1 / 32768.0) * p1
        if not var1:
            raise ArithmeticError("invalid calibration")
        pressure = 1048576.0 - adc
        pressure = ((pressure - var2 / 4096.0) * 6250.0) / var1
        var1 = p9 * pressure * pressure / 2147483648.0
        var2 = pressure * p8 / 32768.0
        pressure = pressure + (var1 + var2 + p7) / 16.0
        return pressure / 100

    @property
    def altitude(self):
        p = self.pressure
        return 44330.0 * (1.0 - (p / self.sea_level_pressure) ** 0.1903)

    def settings(self):
        return {
            "mode": self.mode,
            "osrs_t": self.overscan_temperature,
            "osrs_p": self.overscan_pressure,
            "filter": self.iir_filter,
            "standby": self.standby_period,
        }


def main():
    bus = FakeBus()
    sensor = ENV9(bus)
    sensor.iir_filter = 4
    sensor.standby_period = 125
    print(sensor.settings())
    print("T=%.2f C" % sensor.temperature)
    print("P=%.2f hPa" % sensor.pressure)
    print("alt=%.1f m" % sensor.altitude)
    try:
        sensor.overscan_pressure = 3
    except ValueError as e:
        print(e)
    try:
        sensor.measuring = True
    except AttributeError as e:
        print(e)
    print("bus writes:", bus.writes)


main()
