def trace(fn):
    def wrapper(*args, **kw):
        print('call', fn.__name__, args)
        return fn(*args, **kw)
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(1, 2))
def repeat(n):
    def deco(fn):
        def inner():
            return [fn() for _ in range(n)]
        return inner
    return deco
@repeat(3)
def hi():
    return 'hi'
print(hi())
def register(cls):
    cls.registered = True
    return cls
@register
class Thing:
    pass
print(Thing.registered)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), len(fib.cache))
