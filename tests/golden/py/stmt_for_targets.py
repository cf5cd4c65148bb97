pairs = [(1, "a"), (2, "b")]
for n, s in pairs:
    print(n, s)
for (n, s) in pairs:
    print(s, n)
for [n, s] in pairs:
    print(n * 2, s * 2)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
for first, *rest in [[1, 2, 3], [4, 5]]:
    print(first, rest)


class Box:
    pass


box = Box()
store = [0, 0, 0]
for box.item in "xy":
    pass
for store[1] in range(3):
    pass
for store[0:1] in [[7]]:
    pass
print(box.item, store)
for ch in "abc":
    print(ch)
for k in {"a": 1}:
    print(k)
for b in b"\x01\x02":
    print(b)
for r in range(10, 0, -3):
    print(r)
