# Re-raising: bare raise inside except, raise in finally replacing, nested
# handlers, exception variables cleared after except, raise from None, the
# exception context seen through __context__ and __cause__.
def f(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return 10 // n
    except ValueError:
        raise
    except ZeroDivisionError:
        return -1

for n in (2, 0):
    try:
        print(f(n))
    except ValueError as e:
        print("reraised", repr(e))

def g():
    try:
        raise KeyError("k")
    except KeyError as e:
        try:
            raise TypeError("t") from None
        except TypeError as t:
            return t.__cause__, t.__suppress_context__, type(t.__context__).__name__

print(g())

def h():
    try:
        try:
            raise OSError(2, "nope")
        finally:
            print("finally runs")
    except OSError as e:
        return e.errno, e.args

print(h())

def chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as r:
        return type(r.__cause__).__name__, str(r)

print(chain())

e_outer = None
try:
    raise IndexError("i")
except IndexError as err:
    e_outer = err
try:
    err
except NameError:
    print("err cleared after except")
print(repr(e_outer))

def finally_override():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

print(finally_override())

def loop_reraise():
    out = []
    for i in range(4):
        try:
            try:
                if i % 2:
                    raise ValueError(i)
                out.append(i)
            except ValueError:
                if i == 3:
                    raise
                out.append(-i)
        except ValueError as e:
            out.append(("outer", e.args[0]))
    return out

print(loop_reraise())

class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

try:
    try:
        raise MyErr(42, "custom")
    except Exception as e:
        raise
except MyErr as e:
    print(e.code, e, e.args, isinstance(e, Exception))
