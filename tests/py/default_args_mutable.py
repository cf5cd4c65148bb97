# default argument values: evaluated once, shared when mutable

def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []), append_to(4))
a = append_to(5)
b = append_to(6)
print(a is b, a)

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(safe_append(1), safe_append(2))

calls = []

def make_default(tag):
    calls.append(tag)
    return tag * 2

def g(x=make_default("x"), *, y=make_default("y")):
    return x, y

print("defined, calls so far:", calls)
print(g(), g(1), g(y=2), g(1, y=3))
print("calls after uses:", calls)

counter = 10

def snapshot(v=counter):
    return v

counter = 20
print(snapshot(), counter)

def cache_fn(n, _cache={}):
    if n in _cache:
        return "cached %d" % _cache[n]
    _cache[n] = n * n
    return "computed %d" % _cache[n]

print(cache_fn(3), cache_fn(3), cache_fn(4), cache_fn(3))

def kwonly(a, *, b=[], c=0):
    b.append(a + c)
    return b

print(kwonly(1), kwonly(2, c=10), kwonly(3, b=[]), kwonly(4))

def dict_default(key, value, d={}):
    d[key] = value
    return sorted(d.items())

print(dict_default("a", 1))
print(dict_default("b", 2))
print(dict_default("c", 3, {}))

def mixed(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=3, e=9))
try:
    mixed(1)
except TypeError:
    print("TypeError missing kw-only")

lambdas = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in lambdas])
adders = [lambda x, n=n: x + n for n in (1, 2, 3)]
print([f(100) for f in adders], adders[0](1, 50))

class Box:
    def __init__(self, items=[]):
        self.items = items

b1, b2 = Box(), Box()
b1.items.append("shared")
print(b2.items, b1.items is b2.items, Box([1]).items)
