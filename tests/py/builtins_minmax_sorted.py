# min, max, sorted

print(min(3, 1, 2), max(3, 1, 2))
print(min([5, -2, 7]), max((5, -2, 7)))
print(min("hello"), max("hello"))
print(min([1.5, 1, 2]), max([1, 1.0]))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len))
print(min(-3, 2, -1, key=abs), max(-3, 2, -1, key=abs))
print(min([], default="empty"), max((), default=None))
print(min([4], default=0), max([4, 9], default=0))
print(min([], key=abs, default=-1))

# ties: first one wins for both min and max
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(min(pairs, key=lambda p: p[0]), max(pairs, key=lambda p: p[0]))

for args in [(), ([],)]:
    try:
        min(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
try:
    max([])
except ValueError as e:
    print("ValueError max")
try:
    min(1, "a")
except TypeError:
    print("TypeError mixed")

data = [5, 2, 9, 1, 5, 6]
print(sorted(data))
print(sorted(data, reverse=True))
print(data)
print(sorted("banana"))
print(sorted({3: "x", 1: "y", 2: "z"}))
print(sorted(["Banana", "apple", "Cherry"]))
print(sorted(["Banana", "apple", "Cherry"], key=str.lower))
print(sorted(["Banana", "apple", "Cherry"], key=str.lower, reverse=True))
print(sorted(range(-5, 5), key=lambda x: x * x))

# stability: equal keys keep original order, also with reverse
recs = [("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 3)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
lst = list(recs)
lst.sort(key=lambda r: r[1])
print(lst)
lst.sort(key=lambda r: r[0], reverse=True)
print(lst)

# sort by multiple keys
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30)]
print(sorted(people, key=lambda p: (-p[1], p[0])))

print(sorted([]), sorted((), reverse=True))
print(sorted([3, 1, 2], key=None))
try:
    sorted([1, "a", 2])
except TypeError:
    print("TypeError sort")
try:
    sorted([1, 2], key=5)
except TypeError:
    print("TypeError key")

class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "V(%d)" % self.v

print(sorted([V(3), V(1), V(2)]))
print(min(V(3), V(1)), max([V(3), V(7), V(5)]))
