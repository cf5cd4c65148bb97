class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), max(Count(5)))
for v in Count(2):
    print('v', v)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
class Rev:
    def __init__(self, data):
        self.data = data
    def __reversed__(self):
        return iter(self.data[::-1])
print(list(reversed(Rev([1, 2, 3]))))
it = iter({'a': 1, 'b': 2})
print(next(it), next(it))
e = enumerate(['x', 'y'])
print(next(e), list(e))
z = zip('ab', [1, 2, 3])
print(list(z), list(z))
d = {'k1': 1, 'k2': 2}
print(list(d.items()), list(d.values()), list(d))
print(list(zip(*[(1, 'a'), (2, 'b')])))
a, b, c = iter([1, 2, 3])
print(a, b, c)
try:
    d = {1: 1}
    for k in d:
        d[k + 1] = 1
except RuntimeError as e:
    print('RuntimeError', e)
print(type(iter([])).__name__ != '')
