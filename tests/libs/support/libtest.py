# Runs a library's own tests inside a driver and prints one line per test:
# unittest.TestCase classes (setUp, test*, tearDown) and pytest-style
# module functions test_*; a failing assert prints its message. Tests marked
# with our pytest's parametrize run once per case (named test_x[id]); a
# test that takes fixtures (capsys) is named in run()'s `fixtures`, as
# {"capsys": ("test_a", ...)}, since CircuitPython cannot tell. Where the
# os module has no os.path (CircuitPython), it gets a small one first,
# because test modules use it to put their library on sys.path.
import os
import sys

if not hasattr(os, "path"):
    import _ospath

    os.path = _ospath

import unittest


def _report(name, fn):
    try:
        fn()
        print("ok  ", name)
        return True
    except unittest.SkipTest as e:
        print("skip", name, e)
        return True
    except AssertionError as e:
        print("FAIL", name, e)
    except Exception as e:
        print("ERROR", name, type(e).__name__, e)
    return False


def _run_case(cls, method):
    def run():
        tc = cls()
        tc.setUp()
        try:
            getattr(tc, method)()
        finally:
            tc.tearDown()

    return run


def _run_pytest(fn, kwargs, fixtures):
    def run():
        import pytest

        made = []
        try:
            for name in fixtures:
                fixture = pytest.FIXTURES[name]()
                fixture.start()
                made.append(fixture)
                kwargs[name] = fixture
            fn(**kwargs)
        finally:
            for fixture in made:
                fixture.finish()

    return run


def _pytest_cases(name, fn, fixtures):
    # [(report name, callable)] for a module-level test function.
    uses = [f for f in sorted(fixtures) if name in fixtures[f]]
    pytest = sys.modules.get("pytest")
    found = pytest.cases(fn) if pytest is not None else None
    if found is None:
        if not uses:
            return [(name, fn)]
        return [(name, _run_pytest(fn, {}, uses))]
    return [(name + "[" + label + "]", _run_pytest(fn, kwargs, uses)) for label, kwargs in found]


def run(module, fixtures=None):
    fixtures = fixtures or {}
    passed = failed = 0
    names = sorted(dir(module))
    for name in names:
        obj = getattr(module, name)
        if isinstance(obj, type) and issubclass(obj, unittest.TestCase) and obj is not unittest.TestCase:
            for method in sorted(dir(obj)):
                if method.startswith("test") and callable(getattr(obj, method)):
                    if _report(name + "." + method, _run_case(obj, method)):
                        passed += 1
                    else:
                        failed += 1
        elif name.startswith("test_") and callable(obj):
            for label, fn in _pytest_cases(name, obj, fixtures):
                if _report(label, fn):
                    passed += 1
                else:
                    failed += 1
    print(module.__name__, "passed", passed, "failed", failed)
