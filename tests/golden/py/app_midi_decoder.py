"""Running-status MIDI stream decoder producing message objects."""

from micropython import const

_NOTE_OFF = const(0x80)
_NOTE_ON = const(0x90)
_POLY_PRESSURE = const(0xA0)
_CONTROL_CHANGE = const(0xB0)
_PROGRAM_CHANGE = const(0xC0)
_CHANNEL_PRESSURE = const(0xD0)
_PITCH_BEND = const(0xE0)
_SYSEX_START = const(0xF0)
_SYSEX_END = const(0xF7)
_TIMING_CLOCK = const(0xF8)
_START = const(0xFA)
_CONTINUE = const(0xFB)
_STOP = const(0xFC)
_ACTIVE_SENSING = const(0xFE)
_RESET = const(0xFF)

NOTE_NAMES = ("C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B")


def note_name(number):
    return "%s%d" % (NOTE_NAMES[number % 12], number // 12 - 1)


class Message:
    status = 0
    length = 1

    def __init__(self, channel=0):
        self.channel = channel

    def fields(self):
        return ()

    def __repr__(self):
        parts = ["ch=%d" % (self.channel + 1)] if self.status < 0xF0 else []
        parts.extend(self.fields())
        return "%s(%s)" % (type(self).__name__, " ".join(parts))


class NoteOn(Message):
    status = _NOTE_ON
    length = 3

    def __init__(self, note, velocity, channel=0):
        super().__init__(channel)
        self.note = note
        self.velocity = velocity

    def fields(self):
        return (note_name(self.note), "vel=%d" % self.velocity)


class NoteOff(NoteOn):
    status = _NOTE_OFF


class ControlChange(Message):
    status = _CONTROL_CHANGE
    length = 3

    def __init__(self, control, value, channel=0):
        super().__init__(channel)
        self.control = control
        self.value = value

    def fields(self):
        return ("cc%d=%d" % (self.control, self.value),)


class ProgramChange(Message):
    status = _PROGRAM_CHANGE
    length = 2

    def __init__(self, patch, channel=0):
        super().__init__(channel)
        self.patch = patch

    def fields(self):
        return ("patch=%d" % self.patch,)


class PitchBend(Message):
    status = _PITCH_BEND
    length = 3

    def __init__(self, value, channel=0):
        super().__init__(channel)
        self.value = value

    def fields(self):
        return ("bend=%+d" % (self.value - 8192),)


class SystemExclusive(Message):
    status = _SYSEX_START

    def __init__(self, data):
        super().__init__()
        self.data = bytes(data)

    def fields(self):
        return (" ".join("%02x" % b for b in self.data),)


class Clock(Message):
    status = _TIMING_CLOCK


class Start(Message):
    status = _START


class Stop(Message):
    status = _STOP


REALTIME = {_TIMING_CLOCK: Clock, _START: Start, _STOP: Stop}


class Decoder:
    def __init__(self, channel_filter=None):
        self.running = 0
        self.pending = []
        self.sysex = None
        self.channel_filter = channel_filter
        self.dropped = 0

    def _complete(self, status, data):
        kind = status & 0xF0
        ch = status & 0x0F
        if self.channel_filter is not None and ch not in self.channel_filter:
            self.dropped += 1
            return None
        if kind == _NOTE_ON:
            if data[1] == 0:
                return NoteOff(data[0], 0, ch)
            return NoteOn(data[0], data[1], ch)
        if kind == _NOTE_OFF:
            return NoteOff(data[0], data[1], ch)
        if kind == _CONTROL_CHANGE:
            return ControlChange(data[0], data[1], ch)
        if kind == _PROGRAM_CHANGE:
            return ProgramChange(data[0], ch)
        if kind == _PITCH_BEND:
            return PitchBend(data[0] | (data[1] << 7), ch)
        self.dropped += 1
        return None

    @staticmethod
    def _needed(status):
        kind = status & 0xF0
        return 1 if kind in (_PROGRAM_CHANGE, _CHANNEL_PRESSURE) else 2

    def feed(self, data):
        out = []
        for byte in data:
            if byte >= 0xF8:
                cls = REALTIME.get(byte)
                if cls:
                    out.append(cls())
                continue
            if byte == _SYSEX_START:
                self.sysex = []
                self.running = 0
                continue
            if byte == _SYSEX_END:
                if self.sysex is not None:
                    out.append(SystemExclusive(self.sysex))
                self.sysex = None
                continue
            if self.sysex is not None:
                if byte & 0x80:
                    self.sysex = None
                else:
                    self.sysex.append(byte)
                    continue
            if byte & 0x80:
                self.running = byte
                self.pending = []
                continue
            if not self.running:
                self.dropped += 1
                continue
            self.pending.append(byte)
            if len(self.pending) == self._needed(self.running):
                msg = self._complete(self.running, self.pending)
                self.pending = []
                if msg is not None:
                    out.append(msg)
        return out


STREAM = bytes([
    0x90, 60, 100, 64, 90, 67, 80,
    0xF8, 0x80, 60, 0, 0x90, 64, 0,
    0xB0, 7, 127, 0xC3, 12, 0xE0, 0x00, 0x40, 0xE0, 0x7F, 0x7F,
    0xF0, 0x7E, 0x7F, 0x06, 0x01, 0xF7, 0xFA, 0x42, 0xFC,
])

dec = Decoder()
for message in dec.feed(STREAM):
    print(message)
print("dropped", dec.dropped)
filtered = Decoder(channel_filter={3})
print(filtered.feed(STREAM), filtered.dropped)
