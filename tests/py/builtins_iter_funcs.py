# enumerate, zip, map, filter, reversed

print(list(enumerate("abc")))
print(list(enumerate("abc", 1)))
print(list(enumerate(["x", "y"], start=-2)))
print(list(enumerate([], 5)))
for i, ch in enumerate("hey", 10):
    print(i, ch)

print(list(zip([1, 2, 3], "ab")))
print(list(zip([1, 2], [3, 4, 5], (6, 7, 8, 9))))
print(list(zip()))
print(list(zip([1, 2, 3])))
print(dict(zip("abc", range(3))))
z = zip(range(5), range(2))
print(next(z), next(z))
try:
    next(z)
except StopIteration:
    print("zip exhausted")

print(list(map(abs, [-1, 2, -3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))

print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, "a1b2c3")))

print(list(reversed([1, 2, 3])))
print(list(reversed(range(5))))
print(list(reversed(range(1, 10, 3))))
print(list(reversed("hello")))
print(list(reversed((1, "two", 3.0))))
print(list(reversed([])))

class Rev:
    def __reversed__(self):
        return iter(["custom", "reversed"])

print(list(reversed(Rev())))

class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i < 0 or i >= self.n:
            raise IndexError(i)
        return i * i

print(list(reversed(Seq(5))))
print(list(Seq(4)))

r = reversed([10, 20, 30])
print(next(r))
print(list(r))

try:
    reversed(42)
except TypeError as e:
    print("TypeError")
try:
    enumerate(5)
except TypeError as e:
    print("TypeError", e)
try:
    list(map(abs, 1))
except TypeError:
    print("TypeError map")
