# Closures holding state: counters, accumulators, memoization, function
# factories, nonlocal rebinding in nested levels, closures over loop variables.
def counter(start=0, step=1):
    n = start
    def inc():
        nonlocal n
        n += step
        return n
    def reset(to=start):
        nonlocal n
        n = to
    return inc, reset

inc, reset = counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())
reset(100)
print(inc())

def memo(fn):
    cache = {}
    calls = [0]
    def wrapper(*args):
        if args not in cache:
            calls[0] += 1
            cache[args] = fn(*args)
        return cache[args]
    wrapper.calls = calls
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.calls[0])

def make_ops():
    ops = {}
    for name, k in (("double", 2), ("triple", 3), ("neg", -1)):
        def op(x, k=k):
            return x * k
        ops[name] = op
    late = [lambda: i for i in range(3)]
    early = [lambda i=i: i for i in range(3)]
    return ops, [f() for f in late], [f() for f in early]

ops, late, early = make_ops()
print(sorted((n, f(7)) for n, f in ops.items()), late, early)

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        return inner
    f = middle()
    f()
    f()
    return x

print(outer())

def accumulate():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total, len(items)
    return add

acc = accumulate()
for v in (3, 4, 5):
    print(acc(v))
print(acc.__closure__ is not None if hasattr(acc, "__closure__") else True)
