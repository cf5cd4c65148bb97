try:
    raise ValueError('bad value')
except ValueError as e:
    print('caught', e, repr(e), e.args)
try:
    [][1]
except IndexError as e:
    print('IndexError', e)
try:
    {}['k']
except KeyError as e:
    print('KeyError', e, repr(e))
try:
    undefined_name
except NameError as e:
    print('NameError', e)
try:
    None.attr
except AttributeError as e:
    print('AttributeError', e)
try:
    'a' + 1
except TypeError as e:
    print('TypeError', e)
try:
    int('x')
except (TypeError, ValueError) as e:
    print('tuple catch', type(e).__name__)
try:
    raise KeyError
except LookupError as e:
    print('base class catch', type(e).__name__, e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('converted')
except RuntimeError as e:
    print(e, type(e.__context__).__name__)
try:
    raise TypeError('a', 1)
except Exception as e:
    print(e, e.args)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, Exception), issubclass(KeyboardInterrupt, Exception))
e = ValueError()
print(repr(e), str(e), e.args)
