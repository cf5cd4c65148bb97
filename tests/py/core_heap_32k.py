# cpy-run-args: -X heapsize=32k
# A 32 KB heap runs a small program; running out raises MemoryError and the
# VM goes on.
def work():
    total = 0
    for i in range(200):
        total += i * i
    return total

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

print(work())
pts = [Point(i, i + 1) for i in range(20)]
print(sum(p.norm2() for p in pts))
print(sorted({i % 7: str(i) for i in range(30)}.items())[:3])
print("-".join(str(i) for i in range(10)))

got = False
hog = []
try:
    while True:
        hog.append([0] * 16)
except MemoryError:
    got = len(hog) > 10
    hog = None
    print("MemoryError", got)

try:
    big = "x" * 100000
except MemoryError:
    print("MemoryError 2")

print(work())
print([p.norm2() for p in pts[:5]])
d = {}
for i in range(50):
    d[str(i)] = i
print(len(d), d["42"])
