def gen_sum(n):
    return sum(i * i for i in range(n))


def gen_pipeline(data):
    stripped = (line.strip() for line in data)
    nonempty = (line for line in stripped if line)
    upper = (line.upper() for line in nonempty)
    return list(upper)


g = (x for x in [1, 2, 3])
print(next(g), next(g), list(g))
print(gen_sum(10), gen_pipeline(["  a ", "", " b"]), max(len(w) for w in ("aa", "b")))
print(any(c == "z" for c in "lazy"), all(n > 0 for n in (1, 2, 3)))
print(dict((k, len(k)) for k in ("one", "three")))
