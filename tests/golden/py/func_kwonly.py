def kw(a, *, b, c=3):
    return a, b, c


def kw_var(*args, sep=" ", end="\n"):
    return sep.join(str(a) for a in args) + end


def kw_all(a, b=2, *rest, c, d=4, **opts):
    return a, b, rest, c, d, sorted(opts)


def only_kw(*, x, y):
    return x - y


print(kw(1, b=2), kw(1, c=5, b=0), kw_var(1, 2, sep="-", end="."))
print(kw_all(1, c=3), kw_all(1, 2, 3, 4, c=5, d=6, e=7, f=8), only_kw(y=1, x=5))
