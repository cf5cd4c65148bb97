d = {"a": 1, "b": 2}
d["c"] = 3
d.update({"d": 4}, e=5) if False else d.update({"d": 4})
print(sorted(d.items()), d.get("z", 0), d.pop("a"), "b" in d, len(d))
print(sorted(d.keys()), sorted(d.values()), d.setdefault("x", []), sorted(d))
del d["x"]
s = {1, 2, 3}
t = {3, 4}
print(sorted(s | t), sorted(s & t), sorted(s - t), sorted(s ^ t), s <= {1, 2, 3, 4}, s > {1})
s.add(9)
s.discard(1)
s |= {10}
s &= {2, 3, 9, 10}
s -= {2}
s ^= {11}
print(sorted(s), frozenset(s) == s)
