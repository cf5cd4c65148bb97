class MyError(Exception):
    pass
class DetailError(MyError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return 'E%d: %s' % (self.code, self.args[0])
try:
    raise DetailError(42, 'broken')
except MyError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))
try:
    raise MyError('plain', 2)
except MyError as e:
    print(e, repr(e))
class Silent(Exception):
    def __init__(self):
        pass
print(repr(Silent()), Silent().args)
try:
    raise ValueError('outer') from KeyError('cause')
except ValueError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError('no cause') from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
def raiser(cls):
    raise cls
for c in (TypeError, MyError):
    try:
        raiser(c)
    except Exception as e:
        print('raised class ->', type(e).__name__)
try:
    raise 5
except TypeError as e:
    print('TypeError', e)
e = StopIteration(7)
print(e.value)
