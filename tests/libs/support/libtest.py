# Runs a library's own tests inside a driver and prints one line per test:
# unittest.TestCase classes (setUp, test*, tearDown) and pytest-style
# module functions test_*; a failing assert prints its message. Where the
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


def run(module):
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
            if _report(name, obj):
                passed += 1
            else:
                failed += 1
    print(module.__name__, "passed", passed, "failed", failed)
