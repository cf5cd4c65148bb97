def arg_cells(a, b, *rest, key=None, **kw):
    def use():
        return a, b, rest, key, kw
    return use()


def cell_and_plain(p, q):
    r = p + q

    def use():
        return q * 2

    s = r + use()
    return s


def loop_cell():
    out = []
    for i in range(3):
        out.append(lambda: i)
    return [f() for f in out]


def reassigned_cell():
    v = 1
    get = lambda: v
    v = 2
    first = get()
    v = 3
    return first, get()


def del_cell():
    c = 1

    def f():
        return c

    r = f()
    del c
    try:
        f()
    except NameError:
        return r, "unbound"


print(arg_cells(1, 2, 3, key=4, z=5), cell_and_plain(2, 3), loop_cell(), reassigned_cell(), del_cell())
