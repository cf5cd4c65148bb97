x = 'global'
def read_global():
    return x
def shadow():
    x = 'local'
    return x
def use_global_stmt():
    global x
    x = 'changed'
print(read_global(), shadow(), x)
use_global_stmt()
print(x)

def unbound():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, isinstance(e, NameError))
    y = 1
unbound()

def outer():
    v = 1
    def middle():
        def inner():
            nonlocal v
            v += 10
            return v
        return inner
    fn = middle()
    fn(); fn()
    return v
print(outer())

def make_counters():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    bound = [lambda i=i: i for i in range(3)]
    return [f() for f in fns], [f() for f in bound]
print(make_counters())

class C:
    attr = 5
    doubled = attr * 2
    lst = [attr for _ in range(2)] if False else None
    def method(self):
        try:
            return attr
        except NameError:
            return 'class scope not visible in methods'
print(C.doubled, C().method())

def comp_scope():
    n = 3
    return [n * i for i in range(n)], {i: n for i in range(2)}, list(n + j for j in range(2))
print(comp_scope())

i = 'outer i'
_ = [i for i in range(3)]
print(i)

def closure_late():
    fns = []
    for k in range(3):
        def f():
            return k
        fns.append(f)
    k = 'late'
    return [f() for f in fns]
print(closure_late())

def cell_and_param(a):
    def get():
        return a
    a = a * 2
    return get()
print(cell_and_param(4))

def deleted_local():
    z = 1
    del z
    try:
        return z
    except NameError as e:
        return 'NameError: ' + type(e).__name__
print(deleted_local())

def walrus():
    data = [1, 5, 2, 8]
    if (n := len(data)) > 3:
        print('long', n)
    print([y for v in data if (y := v * 2) > 4], y)
walrus()
g = 0
def gen_global():
    global g
    for g in range(3):
        yield g
print(list(gen_global()), g)
