def membership(x, coll):
    return x in coll, x not in coll, not x in coll


def identity(a, b):
    return a is b, a is not b, not a is b, a is None, b is not None


print(membership(2, [1, 2, 3]), membership("k", {"k": 1}), membership("z", "abc"))
print(identity(None, None), identity([], []), identity(1, None))
