# __mro__, __bases__, mro() and subclass tests on builtin types and classes
# derived from them (builtin types keep their MRO as a chain of bases).
print(int.__mro__, bool.__mro__, object.__mro__)
print(KeyError.__mro__)
print(object.__bases__, type.__bases__, bool.__bases__, tuple.__bases__, OSError.__bases__)
print(int.mro(), type.mro(type))
print(issubclass(bool, int), issubclass(KeyError, Exception), issubclass(int, bool), issubclass(RecursionError, RuntimeError))
class E(KeyError): pass
print(E.__mro__, E.__bases__)
class D(dict):
    def __getitem__(self, k): return super().__getitem__(k) * 2
d = D(a=1); print(d['a'], D.__mro__)
print(int.__mro__ is int.__mro__, bool.__bases__ is bool.__bases__)
try:
    raise E('x')
except LookupError as e:
    print('caught', repr(e))
class M(list, object): pass
print(M.__mro__)
print(isinstance(True, int), isinstance(1, bool), isinstance(E(), BaseException))
