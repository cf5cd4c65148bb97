e = ValueError('msg', 42)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(KeyError('k')), repr(KeyError('k')))
print(str(Exception('one')), str(Exception(1, 2)), repr(Exception()), Exception('x') == Exception('x'))
o = OSError(2, 'No such file')
print(o.errno, o.strerror, o.args, str(o))
s = StopIteration(5)
print(s.value, StopIteration().value)
x = SystemExit(3)
print(x.code, SystemExit().code)
try:
    raise TypeError
except TypeError as err:
    print('class raised ->', repr(err), err.args)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('wrapped') from z
except ValueError as v:
    print(repr(v.__cause__), v.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('during handling')
except RuntimeError as r:
    print(repr(r.__context__), r.__cause__)
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise IndexError('b') from None
except IndexError as i:
    print(i.__cause__, i.__suppress_context__, repr(i.__context__))
class AppError(Exception):
    def __init__(self, code, detail='none'):
        super().__init__(code, detail)
        self.code = code
    def __str__(self):
        return 'AppError %d (%s)' % self.args
try:
    raise AppError(404)
except Exception as a:
    print(a, a.code, a.args, isinstance(a, AppError))
class Plain(Exception):
    pass
print(repr(Plain('p')), str(Plain()), Plain.__mro__[1].__name__)
for exc in (ArithmeticError, LookupError, OSError, RuntimeError, Exception):
    print(exc.__name__, [c.__name__ for c in (ZeroDivisionError, OverflowError, IndexError, KeyError, NotImplementedError, RecursionError) if issubclass(c, exc)])
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException), issubclass(GeneratorExit, Exception))
try:
    raise Exception('multi') 
except (TypeError, Exception) as m:
    print('tuple match', m)
def raiser(kind):
    raise kind('from ' + kind.__name__)
for kind in (ValueError, KeyError, AttributeError, NameError, ImportError, AssertionError, EOFError, MemoryError, UnicodeError, NotImplementedError):
    try:
        raiser(kind)
    except Exception as ex:
        print(type(ex).__name__, ex.args[0])
try:
    raise 5
except TypeError as t:
    print('TypeError', t)
e2 = ValueError('keep')
try:
    raise e2
except ValueError as got:
    print(got is e2)
try:
    assert 1 == 2, 'assert message'
except AssertionError as a:
    print('AssertionError', a)
try:
    assert False
except AssertionError as a:
    print('bare', a.args)
