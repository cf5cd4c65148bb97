# the old sequence protocol: only __getitem__, IndexError ends iteration

class Squares:
    def __init__(self, n):
        self.n = n
        self.calls = []
    def __getitem__(self, i):
        self.calls.append(i)
        if i >= self.n:
            raise IndexError("out of range")
        return i * i

s = Squares(4)
for v in s:
    print("item", v)
print("calls", s.calls)
print(list(Squares(5)), tuple(Squares(2)), list(Squares(0)))
print(9 in Squares(4), 10 in Squares(4), 0 in Squares(1))
q = Squares(10)
print(4 in q, q.calls)
a, b, c = Squares(3)
print(a, b, c)
first, *rest = Squares(4)
print(first, rest)
print(sum(Squares(4)), max(Squares(5)), sorted(Squares(3), reverse=True))
print(list(enumerate(Squares(3))), list(zip(Squares(3), "xyz")))
print(dict.fromkeys(Squares(3)), set(Squares(3)) == {0, 1, 4})
print([x + 1 for x in Squares(3)], "-".join(map(str, Squares(4))))
it = iter(Squares(2))
print(next(it), next(it), next(it, "done"))

class Letters:
    def __getitem__(self, i):
        return "abc"[i]   # str raises IndexError itself

print(list(Letters()), "b" in Letters(), "".join(Letters()))

class StopsWithKeyError:
    def __getitem__(self, i):
        if i > 1:
            raise KeyError(i)
        return i

try:
    list(StopsWithKeyError())
except KeyError as e:
    print("KeyError propagates", e)

class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i

print(list(StopsWithStopIteration()))

class NotIterable:
    pass

try:
    for _ in NotIterable():
        pass
except TypeError:
    print("TypeError not iterable")
try:
    1 in NotIterable()
except TypeError:
    print("TypeError in")

class WithIter(Squares):
    def __iter__(self):
        return iter(["from", "__iter__"])

print(list(WithIter(3)), WithIter(3)[2])

class WithLen:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError

print(list(WithLen()), len(WithLen()))
