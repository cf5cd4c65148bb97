"""Keyboard HID report building and a text-to-keystroke layout."""

from micropython import const

_REPORT_LEN = const(8)
_MAX_KEYS = const(6)
_SHIFT = const(0x80)

LEFT_CONTROL = const(0xE0)
LEFT_SHIFT = const(0xE1)
LEFT_ALT = const(0xE2)
LEFT_GUI = const(0xE3)
RIGHT_CONTROL = const(0xE4)
RIGHT_SHIFT = const(0xE5)
RIGHT_ALT = const(0xE6)
RIGHT_GUI = const(0xE7)

ENTER = const(0x28)
ESCAPE = const(0x29)
BACKSPACE = const(0x2A)
TAB = const(0x2B)
SPACE = const(0x2C)

ASCII_TO_KEYCODE = (
    b"\x00\x00\x00\x00\x00\x00\x00\x00"
    b"\x2a\x2b\x28\x00\x00\x00\x00\x00"
    b"\x00\x00\x00\x00\x00\x00\x00\x00"
    b"\x00\x00\x00\x29\x00\x00\x00\x00"
    b"\x2c\x9e\xb4\xa0\xa1\xa2\xa4\x34"
    b"\xa6\xa7\xa5\xae\x36\x2d\x37\x38"
    b"\x27\x1e\x1f\x20\x21\x22\x23\x24"
    b"\x25\x26\xb3\x33\xb6\x2e\xb7\xb8"
    b"\x9f\x84\x85\x86\x87\x88\x89\x8a"
    b"\x8b\x8c\x8d\x8e\x8f\x90\x91\x92"
    b"\x93\x94\x95\x96\x97\x98\x99\x9a"
    b"\x9b\x9c\x9d\x2f\x31\x30\xa3\xad"
    b"\x35\x04\x05\x06\x07\x08\x09\x0a"
    b"\x0b\x0c\x0d\x0e\x0f\x10\x11\x12"
    b"\x13\x14\x15\x16\x17\x18\x19\x1a"
    b"\x1b\x1c\x1d\xaf\xb1\xb0\xb5\x4c"
)


class Device:
    def __init__(self):
        self.reports = []

    def send_report(self, report):
        self.reports.append(bytes(report))


class Keyboard:
    def __init__(self, device):
        self.device = device
        self.report = bytearray(_REPORT_LEN)
        self.modifiers = memoryview(self.report)[0:1]
        self.keys = memoryview(self.report)[2:]

    @staticmethod
    def _modifier_bit(code):
        return 1 << (code - LEFT_CONTROL) if LEFT_CONTROL <= code <= RIGHT_GUI else 0

    def _add(self, code):
        bit = self._modifier_bit(code)
        if bit:
            self.modifiers[0] |= bit
            return
        for i in range(_MAX_KEYS):
            if self.keys[i] == code:
                return
        for i in range(_MAX_KEYS):
            if self.keys[i] == 0:
                self.keys[i] = code
                return
        raise ValueError("trying to press more than six keys at once")

    def _remove(self, code):
        bit = self._modifier_bit(code)
        if bit:
            self.modifiers[0] &= ~bit & 0xFF
            return
        for i in range(_MAX_KEYS):
            if self.keys[i] == code:
                self.keys[i] = 0

    def press(self, *codes):
        for code in codes:
            self._add(code)
        self.device.send_report(self.report)

    def release(self, *codes):
        for code in codes:
            self._remove(code)
        self.device.send_report(self.report)

    def release_all(self):
        for i in range(_REPORT_LEN):
            self.report[i] = 0
        self.device.send_report(self.report)

    def send(self, *codes):
        self.press(*codes)
        self.release_all()


class Layout:
    def __init__(self, keyboard):
        self.keyboard = keyboard

    def keycodes(self, char):
        n = ord(char)
        if n >= len(ASCII_TO_KEYCODE):
            raise ValueError("unsupported character %r" % char)
        code = ASCII_TO_KEYCODE[n]
        if code == 0:
            raise ValueError("no key for %r" % char)
        if code & _SHIFT:
            return (LEFT_SHIFT, code & ~_SHIFT)
        return (code,)

    def write(self, text, delay=0):
        for ch in text:
            self.keyboard.press(*self.keycodes(ch))
            self.keyboard.release_all()


dev = Device()
kbd = Keyboard(dev)
layout = Layout(kbd)
layout.write("Hi!\n")
kbd.send(LEFT_CONTROL, LEFT_ALT, 0x4C)
kbd.press(0x04, 0x05, 0x06, 0x07, 0x08, 0x09)
try:
    kbd.press(0x0A)
except ValueError as e:
    print(e)
kbd.release(0x05, LEFT_SHIFT)
for r in dev.reports:
    print(" ".join("%02x" % b for b in r))
try:
    layout.write("\x01")
except ValueError as e:
    print(e)
