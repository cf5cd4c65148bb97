# A small freezegun for libraries' own tests: freeze_time("YYYY-MM-DD
# HH:MM:SS") as a context manager. While it is active, every loaded module
# with a file that imported the time module sees a stand-in instead, whose
# time() and monotonic() return that moment in seconds since 1970 (as
# freezegun's do) and which passes everything else to the real module.
# (CircuitPython's time module cannot be changed, the modules' globals can.)
import sys


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _parse(text):
    date, _, clock = text.strip().partition(" ")
    y, m, d = [int(p) for p in date.split("-")]
    hh = mm = ss = 0
    if clock:
        parts = [int(p) for p in clock.split(":")]
        hh, mm = parts[0], parts[1]
        ss = parts[2] if len(parts) > 2 else 0
    return _days_from_civil(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss


class _FrozenTime:
    def __init__(self, real, seconds):
        self._real = real
        self._seconds = seconds

    def time(self):
        return float(self._seconds)

    def monotonic(self):
        return float(self._seconds)

    def monotonic_ns(self):
        return self._seconds * 1000000000

    def __getattr__(self, name):
        return getattr(self._real, name)


class freeze_time:
    def __init__(self, when):
        self.seconds = _parse(when)
        self.patched = []

    def __enter__(self):
        import time

        fake = _FrozenTime(time, self.seconds)
        for name in sorted(sys.modules):
            mod = sys.modules[name]
            if mod is None or not hasattr(mod, "__file__"):
                continue
            if getattr(mod, "time", None) is time:
                try:
                    setattr(mod, "time", fake)
                except (AttributeError, TypeError):
                    continue
                self.patched.append(mod)
        return self

    def __exit__(self, *exc):
        import time

        for mod in self.patched:
            setattr(mod, "time", time)
        self.patched = []
        return False
