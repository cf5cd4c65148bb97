def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
c2 = counter()
print(c2(), c())
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def outer(x):
    def mid(y):
        def inner(z):
            return x + y + z
        return inner
    return mid
print(outer(1)(2)(3))
x = 'global'
def read_global():
    return x
def write_global():
    global x
    x = 'changed'
write_global()
print(read_global())
def make(v):
    def get():
        return v
    def put(n):
        nonlocal v
        v = n
    return get, put
get, put = make(1)
put(5)
print(get())
