# __call__, callable(), callables stored on classes and instances

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return x + y + self.n

add5 = Adder(5)
print(add5(1), add5(1, 2), add5(x=3, y=4), callable(add5))
print(list(map(Adder(10), [1, 2, 3])))
print(sorted([3, -1, 2], key=Adder(0)))

class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self, *args, **kwargs):
        self.count += 1
        return (self.count, args, sorted(kwargs))

c = Counter()
print(c(), c(1, 2), c(a=1, b=2))
print(c.count)

class NotCallable:
    pass

nc = NotCallable()
print(callable(nc), callable(NotCallable), callable(print), callable(len))
print(callable(lambda: 0), callable(1), callable("s"), callable(None), callable(int))
print(callable(Adder.__call__), callable(add5.__call__), callable([].append))
try:
    nc()
except TypeError:
    print("TypeError not callable")
five = 5
try:
    five()
except TypeError:
    print("TypeError int not callable")

# __call__ is looked up on the class, not the instance
nc.__call__ = lambda: "instance attr"
print(callable(nc))
try:
    nc()
except TypeError:
    print("TypeError instance __call__ ignored")
print(nc.__call__())

def helper(x):
    return "helper(%r)" % (x,)

class Holder:
    plain = helper
    static = staticmethod(helper)
    func_obj = Adder(100)
    def method(self):
        return "method"

h = Holder()
print(h.plain() == helper(h), Holder.plain("direct"))
print(h.static("s"), Holder.static("S"))
print(h.func_obj(1), Holder.func_obj(2))
h.inst_func = helper
print(h.inst_func("no self"))
m = h.method
print(m(), callable(m), Holder.method(h))

class Factory:
    def __call__(self):
        return Factory

f = Factory()
print(f()() is f.__class__, f()()() is Factory)

class Chain:
    def __init__(self, parts=()):
        self.parts = parts
    def __call__(self, part):
        return Chain(self.parts + (part,))

print(Chain()("a")("b")("c").parts)

class CallViaGetattr:
    def __getattr__(self, name):
        return lambda *a: (name, a)

g = CallViaGetattr()
print(g.anything(1, 2), callable(g))
