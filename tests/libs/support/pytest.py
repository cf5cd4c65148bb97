# A small pytest for running libraries' own pytest-style tests where there
# is none (CircuitPython): mark.parametrize and param, approx, raises as a
# context manager, and the capsys fixture. libtest.run() runs the tests;
# CPython runs this same code (it comes before any installed pytest), so
# both print the same report.
#
# Functions carry no attributes and say nothing of their parameter names in
# CircuitPython, so parametrize keeps its cases in a table here, and a driver
# tells libtest.run() which tests take which fixture.
import sys

_cases = {}  # test function -> (argument names, [(id, values), ...])


class _Param:
    def __init__(self, values, id):
        self.values = values
        self.id = id


def param(*values, id=None):
    return _Param(values, id)


class _Mark:
    def parametrize(self, argnames, argvalues):
        if isinstance(argnames, str):
            names = [n.strip() for n in argnames.split(",") if n.strip()]
        else:
            names = list(argnames)
        cases = []
        for i, v in enumerate(argvalues):
            if isinstance(v, _Param):
                values, label = v.values, v.id
            else:
                values, label = ((v,) if len(names) == 1 else tuple(v)), None
            cases.append((str(i) if label is None else label, values))

        def mark(fn):
            _cases[fn] = (names, cases)
            return fn

        return mark


mark = _Mark()


def cases(fn):
    # [(label, kwargs)] for a parametrized test, else None.
    entry = _cases.get(fn)
    if entry is None:
        return None
    names, found = entry
    out = []
    for label, values in found:
        kwargs = {}
        for name, value in zip(names, values):
            kwargs[name] = value
        out.append((label, kwargs))
    return out


class approx:
    def __init__(self, expected, rel=None, abs=None):
        self.expected = expected
        self.rel = 1e-6 if rel is None else rel
        self.abs = 1e-12 if abs is None else abs

    def __eq__(self, actual):
        if not isinstance(actual, (int, float)):
            return False
        return abs(actual - self.expected) <= self._tolerance()

    def _tolerance(self):
        return max(self.rel * abs(self.expected), self.abs)

    def __ne__(self, actual):
        return not self.__eq__(actual)

    def __repr__(self):
        return "%r +- %r" % (self.expected, self._tolerance())


class _ExceptionInfo:
    def __init__(self, expected):
        self.expected = expected
        self.type = None
        self.value = None


class _Raises:
    def __init__(self, expected, match=None):
        self.info = _ExceptionInfo(expected)
        self.match = match

    def __enter__(self):
        return self.info

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            name = getattr(self.info.expected, "__name__", str(self.info.expected))
            raise AssertionError("DID NOT RAISE " + name)
        if not issubclass(exc_type, self.info.expected):
            return False
        if self.match is not None and self.match not in str(exc):
            raise AssertionError("%r does not contain %r" % (str(exc), self.match))
        self.info.type = exc_type
        self.info.value = exc
        return True


def raises(expected, *args, match=None, **kwargs):
    ctx = _Raises(expected, match)
    if not args:
        return ctx
    with ctx:
        args[0](*args[1:], **kwargs)
    return ctx.info


class _Capsys:
    # Captures what print() writes while a test runs, by giving every loaded
    # module with a file its own global `print` (sys.stdout cannot be
    # replaced in CircuitPython, and its print does not look it up); CPython
    # is captured the same way. Only print() is seen, not sys.stdout.write.
    def __init__(self):
        self.out = []
        self.patched = []

    def _print(self, *args, sep=" ", end="\n", file=None):
        if file is not None:
            print(*args, sep=sep, end=end, file=file)
            return
        self.out.append(sep.join([str(a) for a in args]) + end)

    def start(self):
        for name in sorted(sys.modules):
            mod = sys.modules[name]
            if mod is None or name in ("builtins", "pytest") or not hasattr(mod, "__file__"):
                continue
            try:
                own = mod.__dict__.get("print", _NONE)
                setattr(mod, "print", self._print)
            except (AttributeError, TypeError):
                continue
            self.patched.append((mod, own))

    def finish(self):
        for mod, own in self.patched:
            if own is _NONE:
                delattr(mod, "print")
            else:
                setattr(mod, "print", own)
        self.patched = []

    def readouterr(self):
        out = "".join(self.out)
        self.out = []
        return out, ""


_NONE = object()

FIXTURES = {"capsys": _Capsys}
