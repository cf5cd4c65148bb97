# global and nonlocal declarations inside class bodies.
def outer():
    hits = 0

    class Counter:
        nonlocal hits
        hits += 1
        global registered
        registered = "from class body"

        def bump(self):
            nonlocal hits
            hits += 1
            return hits

    c = Counter()
    c.bump()
    return hits, Counter.__name__


print(outer(), registered)
