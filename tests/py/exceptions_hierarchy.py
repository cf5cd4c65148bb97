pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (ModuleNotFoundError, ImportError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (UnboundLocalError, NameError), (StopIteration, Exception),
         (GeneratorExit, BaseException), (KeyboardInterrupt, BaseException), (SystemExit, BaseException),
         (Exception, BaseException), (TimeoutError, OSError), (UnicodeError, ValueError),
         (IndentationError, SyntaxError), (AssertionError, Exception), (AttributeError, Exception)]
for sub, base in pairs:
    print(sub.__name__, issubclass(sub, base))
print(issubclass(GeneratorExit, Exception), issubclass(SystemExit, Exception), issubclass(ValueError, LookupError))
try:
    raise OSError(2, 'No such file')
except OSError as e:
    print(e.args, e.errno, e.strerror)
try:
    raise SystemExit(5)
except SystemExit as e:
    print('code', e.code)
