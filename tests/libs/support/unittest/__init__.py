# A small unittest for running libraries' own unittest-style tests where
# there is none (CircuitPython has no unittest). It holds what those tests
# use: TestCase with its assert methods, SkipTest and skip decorators. The
# drivers run the tests with libtest.run(); CPython runs the same code, so
# both print the same report.


class SkipTest(Exception):
    pass


def skip(reason):
    def wrap(fn):
        def skipped(*args, **kwargs):
            raise SkipTest(reason)

        return skipped

    return wrap


def skipIf(condition, reason):
    return skip(reason) if condition else (lambda fn: fn)


def skipUnless(condition, reason):
    return skipIf(not condition, reason)


class _Raises:
    def __init__(self, expected, pattern=None):
        self.expected = expected
        self.pattern = pattern
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            name = getattr(self.expected, "__name__", str(self.expected))
            raise AssertionError(name + " not raised")
        if not issubclass(exc_type, self.expected):
            return False
        if self.pattern is not None and self.pattern not in str(exc):
            raise AssertionError("%r does not contain %r" % (str(exc), self.pattern))
        self.exception = exc
        return True


class TestCase:
    def setUp(self):
        pass

    def tearDown(self):
        pass

    def fail(self, msg=None):
        raise AssertionError(msg or "failed")

    def _check(self, ok, default, msg):
        if not ok:
            self.fail(default if msg is None else "%s : %s" % (default, msg))

    def assertEqual(self, first, second, msg=None):
        self._check(first == second, "%r != %r" % (first, second), msg)

    def assertNotEqual(self, first, second, msg=None):
        self._check(first != second, "%r == %r" % (first, second), msg)

    def assertTrue(self, expr, msg=None):
        self._check(bool(expr), "%r is not true" % (expr,), msg)

    def assertFalse(self, expr, msg=None):
        self._check(not expr, "%r is not false" % (expr,), msg)

    def assertIs(self, first, second, msg=None):
        self._check(first is second, "%r is not %r" % (first, second), msg)

    def assertIsNot(self, first, second, msg=None):
        self._check(first is not second, "unexpectedly identical: %r" % (first,), msg)

    def assertIsNone(self, obj, msg=None):
        self._check(obj is None, "%r is not None" % (obj,), msg)

    def assertIsNotNone(self, obj, msg=None):
        self._check(obj is not None, "unexpectedly None", msg)

    def assertIn(self, member, container, msg=None):
        self._check(member in container, "%r not found in %r" % (member, container), msg)

    def assertNotIn(self, member, container, msg=None):
        self._check(member not in container, "%r unexpectedly found in %r" % (member, container), msg)

    def assertIsInstance(self, obj, cls, msg=None):
        self._check(isinstance(obj, cls), "%r is not an instance of %r" % (obj, cls), msg)

    def assertNotIsInstance(self, obj, cls, msg=None):
        self._check(not isinstance(obj, cls), "%r is an instance of %r" % (obj, cls), msg)

    def assertLess(self, a, b, msg=None):
        self._check(a < b, "%r not less than %r" % (a, b), msg)

    def assertLessEqual(self, a, b, msg=None):
        self._check(a <= b, "%r not less than or equal to %r" % (a, b), msg)

    def assertGreater(self, a, b, msg=None):
        self._check(a > b, "%r not greater than %r" % (a, b), msg)

    def assertGreaterEqual(self, a, b, msg=None):
        self._check(a >= b, "%r not greater than or equal to %r" % (a, b), msg)

    def assertAlmostEqual(self, first, second, places=7, msg=None):
        self._check(round(abs(first - second), places) == 0, "%r != %r within %r places" % (first, second, places), msg)

    def assertRaises(self, expected, *args, **kwargs):
        ctx = _Raises(expected)
        if not args:
            return ctx
        with ctx:
            args[0](*args[1:], **kwargs)
        return None

    def assertRaisesRegex(self, expected, pattern, *args, **kwargs):
        # Only the literal text of the pattern is looked for.
        ctx = _Raises(expected, pattern)
        if not args:
            return ctx
        with ctx:
            args[0](*args[1:], **kwargs)
        return None


def main(**kwargs):
    pass
