# cpy-run-args: -X heapsize=128k
# Instances of derived builtin types keep their attributes across garbage
# collections in a small heap.
import gc


class Tagged(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
        self.meta = {"n": len(items)}


class Name(str):
    pass


keep = []
for i in range(300):
    t = Tagged(range(i % 7), "t%d" % i)
    n = Name("name%d" % i)
    n.index_ = i
    if i % 10 == 0:
        keep.append((t, n))
    junk = [str(j) * 3 for j in range(20)]
gc.collect()
ok = all(t.tag == "t%d" % n.index_ and t.meta["n"] == len(t) and n == "name%d" % n.index_ for t, n in keep)
print(len(keep), ok, keep[3][0], keep[3][0].tag, keep[3][1], keep[3][1].index_)
print(sum(len(t) for t, n in keep), [type(x).__name__ for x in keep[0]])


class Base(dict):
    pass


class Mid(Base):
    def total(self):
        return sum(self.values())


m = Mid(a=1, b=2)
m.label = "m"
print(m.total(), m.label, isinstance(m, dict), Mid.__mro__[1].__name__, m.__dict__)
try:
    class Bad(int, str):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Worse(bool):
        pass
except TypeError as e:
    print("TypeError", e)
T = type("T", (list,), {"first": lambda self: self[0]})
print(T([5, 6]).first(), T.__name__)
