"""Debounce a digital input sampled at irregular times."""

import time


class Debouncer:
    """Reports a stable value once the raw input has held it for `interval` seconds."""

    def __init__(self, read, interval=0.01, clock=time.monotonic):
        self._read = read
        self._clock = clock
        self.interval = interval
        self._state = self._last_raw = bool(read())
        self._changed_at = clock()
        self.rose = self.fell = False

    @property
    def value(self):
        return self._state

    def update(self):
        self.rose = self.fell = False
        raw = bool(self._read())
        now = self._clock()
        if raw != self._last_raw:
            self._last_raw, self._changed_at = raw, now
        elif raw != self._state and now - self._changed_at >= self.interval:
            self._state = raw
            self.rose, self.fell = raw, not raw
        return self._state
