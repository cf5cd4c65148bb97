# closures: late binding, loop variables, default-argument capture

funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print([fn() for fn in funcs], "i is", i)
i = 99
print([fn() for fn in funcs], funcs[0] is not funcs[1])

bound = []
for i in range(3):
    def g(i=i):
        return i
    bound.append(g)
print([fn() for fn in bound], bound[1](42))

late = [lambda: k for k in range(3)]
early = [lambda k=k: k for k in range(3)]
print([fn() for fn in late], [fn() for fn in early])

def make_closures():
    out = []
    for n in range(3):
        out.append(lambda: n * 10)
    n = -1
    return out
print([fn() for fn in make_closures()])

def make_bound():
    def factory(n):
        return lambda: n * 10
    return [factory(n) for n in range(3)]

print([fn() for fn in make_bound()])

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

(inc, get), (inc2, get2) = counter(), counter()
print(inc(), inc(5), inc2(), get(), get2())

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    r = middle()
    x = "changed"
    return r

print(outer()())

def shadow(x=1):
    def inner(x=x + 1):
        def innermost(x=x * 10):
            return x
        return innermost
    return inner()

print(shadow()(), shadow(5)(), shadow()(7))

base = 100
def use_global(d=base):
    return d, base
base = 200
print(use_global())

def cells_in_comprehension():
    mult = 3
    fs = [lambda x, m=m: x * m * mult for m in range(1, 4)]
    mult = 1000
    return [f(1) for f in fs]

print(cells_in_comprehension())

def gen_closures():
    for j in range(3):
        yield lambda: j

print([fn() for fn in list(gen_closures())], [fn() for fn in gen_closures()])
