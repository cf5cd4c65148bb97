# assignment expressions (:=)

data = [3, 1, 4, 1, 5, 9, 2, 6]
it = iter(data)
total = 0
while (n := next(it, None)) is not None:
    total += n
print("total", total, "last n", n)

chunks = []
pos = 0
text = "abcdefghij"
while chunk := text[pos:pos + 3]:
    chunks.append(chunk)
    pos += 3
print(chunks, repr(chunk))

if (length := len(data)) > 5:
    print("long list", length)
else:
    print("short list", length)

if (m := max(data)) and m > 8:
    print("max", m)

values = {"a": 1, "b": 0}
if (v := values.get("b")) is not None:
    print("found b", v)
if not (v := values.get("c")):
    print("no c", v)

squares = [y for x in range(6) if (y := x * x) % 2 == 0]
print(squares, "y leaked:", y)

pairs = [(x, sq) for x in range(5) if (sq := x ** 2) > 3]
print(pairs, sq)

found = any((hit := w).startswith("p") for w in ["apple", "pear", "plum"])
print(found, hit)
allpos = all((bad := v) > 0 for v in [3, 2, -1, 5])
print(allpos, bad)

def fib_upto(limit):
    a, b = 0, 1
    out = []
    while (c := a) < limit:
        out.append(c)
        a, b = b, a + b
    return out, c

print(fib_upto(30))

counter = 0
def tick():
    global counter
    counter += 1
    return counter

res = [t for _ in range(4) if (t := tick()) != 2]
print(res, t, counter)

print((z := 10), z + 1)
w = (q := 5) * (q + 1)
print(w, q)
print([k := 1, k + 1, k * 3])
grid = [[i * j for j in range(3)] for i in range(3) if (r := i) >= 0]
print(grid, r)

def uses_closure():
    vals = [(last := i) for i in range(4)]
    return vals, last

print(uses_closure())
lam = lambda x: (t2 := x * 2) + t2
print(lam(5))
d = {(key := k): k * 2 for k in "ab"}
print(d, key)
