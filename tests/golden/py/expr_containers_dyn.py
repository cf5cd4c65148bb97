def build(a, b, c):
    t = (a, b, c)
    l = [a, b, c, a + b]
    d = {a: b, b: c, "sum": a + b + c}
    s = {a, b, c}
    nested = [(a, [b, {c: (a,)}])]
    return t, l, d, s, nested


print(build(1, 2, 3))
