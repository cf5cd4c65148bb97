def make_accumulator():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total
    def get():
        return total, history
    return add, get
add, get = make_accumulator()
add(5)
add(10)
print(get())
def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    return middle(), x
print(outer())
def counter_factory():
    counts = {}
    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return count
c = counter_factory()
print(c('a'), c('a'), c('b'))
fns = []
for i in range(3):
    def f(i=i):
        return i * 10
    fns.append(f)
print([f() for f in fns])
