# generators, iterators, and itertools-like helpers written by hand
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]
def count(start=0, step=1):
    while True:
        yield start
        start += step
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
print(list(chunks("abcdefg", 3)), list(flatten([1, [2, (3, [4])], 5])), take(4, count(10, 5)))
print(list(pairwise([1, 2, 4, 7])), dict(zip("abc", count())), list(map(lambda t: t[0] * t[1], pairwise(range(5)))))
g = (x * x for x in range(10) if x % 3)
print(next(g), list(g), list(g))
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
a = acc(); next(a)
print([a.send(i) for i in (1, 2, 3)])
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value)
class Fib:
    def __init__(self, n): self.n = n
    def __iter__(self):
        a, b = 0, 1
        for _ in range(self.n):
            yield a
            a, b = b, a + b
print(list(Fib(10)), sum(Fib(20)), max(Fib(5)), sorted(Fib(6), reverse=True), 8 in Fib(10))
it = iter([1, 2, 3])
print(list(zip(it, it)), list(enumerate("ab", 1)), any(x > 2 for x in [1, 3]), all([]))
nested = [[i * j for j in range(4)] for i in range(3)]
print(nested, [row[1] for row in nested], list(zip(*nested)), sum(map(sum, nested)))
print({k: [v for v in range(k)] for k in range(3)}, {x % 3 for x in range(10)}, list(filter(None, [0, 1, "", "a", None])))
print(list(reversed(range(1, 10, 3))), list(range(10)[2:8:2]), range(0, 10, 3)[-1], len(range(5, 0, -2)))
