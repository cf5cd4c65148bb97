# chained comparisons: each operand evaluated at most once, short-circuit

log = []

def v(x):
    log.append(x)
    return x

def check(label, result):
    print(label, result, log)
    del log[:]

check("1<2<3", v(1) < v(2) < v(3))
check("1<3<2", v(1) < v(3) < v(2))
check("3<1<2", v(3) < v(1) < v(2))
check("1<2<3<4", v(1) < v(2) < v(3) < v(4))
check("1==1==1", v(1) == v(1) == v(1.0))
check("1!=2!=1", v(1) != v(2) != v(1))
check("5>=5>4", v(5) >= v(5) > v(4))
check("mixed", v(1) < v(2.5) <= v(3) != v(4) > v(0))
check("early", v(10) < v(5) < v(20) < v(30))

x = 5
print(0 < x < 10, 0 < x > 10, 1 < x <= 5, x == 5 == 5.0, 3 < x < 4)
print(1 < 2 > 1 < 2, 1 == 1 != 2, -1 < 0 < 1e-9 < True)
print("a" < "b" < "c", "a" < "c" < "b", [1] < [1, 0] < [2], (1, 2) < (1, 3) <= (1, 3))

a = [1]
b = a
c = [1]
print(a is b is not c, a == c is not b, a is b is a, None is None is None)
print(1 in [1, 2] in [[1, 2]], 3 not in [1] not in [[1]], "a" in "abc" in "xabcx")
print(2 in [1, 2] == True, (2 in [1, 2]) == True)
print(1 < 2 == 2, 1 < 2 == 3, 0 == 0 < 1)

class Cmp:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        log.append("%d<%d" % (self.n, other.n))
        return self.n < other.n
    def __eq__(self, other):
        log.append("%d==%d" % (self.n, other.n))
        return self.n == other.n

check("objs", Cmp(1) < Cmp(2) < Cmp(3))
check("objs-short", Cmp(2) < Cmp(1) < Cmp(3))
check("objs-eq", Cmp(1) == Cmp(1) < Cmp(0))

class Weird:
    def __lt__(self, other):
        return "truthy-string"

print(Weird() < Weird(), Weird() < Weird() < Weird())

def gen():
    for i in range(3):
        log.append("gen%d" % i)
        yield i

check("gen", 0 <= next(iter(gen())) < 1)

for pair in [(1, "a"), ("a", None), ([1], (1,))]:
    try:
        print(pair[0] < pair[1])
    except TypeError:
        print("TypeError", type(pair[0]).__name__, type(pair[1]).__name__)
print(1 == "1", [1] == (1,), None == 0, 1 != "1")
try:
    print(1 < 2 < "x")
except TypeError:
    print("TypeError third")
print(2 < 1 < "x")
