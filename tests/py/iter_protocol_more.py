class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), iter(c) is c)
class Reusable:
    def __init__(self, data): self.data = data
    def __iter__(self): return iter(self.data)
r = Reusable([1, 2])
print(list(r), list(r), sum(r), sorted(r, reverse=True), dict(zip(r, r)))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, 'done'))
try:
    next(iter([]))
except StopIteration:
    print('StopIteration')
try:
    iter(5)
except TypeError as e:
    print('TypeError', e)
try:
    next([1])
except TypeError as e:
    print('TypeError', e)
e = enumerate(['a', 'b'])
print(next(e), list(e))
z = zip([1, 2, 3], 'ab')
print(list(z), list(z))
m = map(str, [1, 2])
print(next(m), next(m), next(m, None))
f = filter(lambda v: v > 1, [1, 2, 3])
print(list(f), list(f))
rv = reversed([1, 2, 3])
print(next(rv), list(rv))
rng = iter(range(0, 10, 4))
print(list(rng))
d = {'a': 1, 'b': 2}
ki = iter(d)
print(next(ki), list(d.items()), list(iter(d.values())))
s = 'héllo'
print([ch for ch in s], list(iter(s))[1], list(reversed(s)))
def gen():
    yield 1
    yield 2
g = gen()
print(iter(g) is g, list(g), list(g))
class Both:
    def __iter__(self):
        return iter('xy')
    def __getitem__(self, i):
        return 'never used'
print(list(Both()))
import_sentinel = iter([1, 2, 0, 3])
print(list(iter(lambda: next(import_sentinel), 0)))
print(list(zip(*[(1, 'a'), (2, 'b')])), list(map(max, [1, 5], [4, 2])), list(enumerate(range(3), 10)))
print(all(iter([1, 1])), any(iter([])), min(iter([3, 1, 2])), tuple(iter('ab')), set(iter([1, 1])))
