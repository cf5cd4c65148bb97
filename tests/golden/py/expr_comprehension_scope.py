x = "outer"
items = [x for x in range(3)]
print(x, items)


def make():
    factor = 10
    base = [1, 2, 3]
    scaled = [b * factor for b in base]
    table = {k: [k * factor + j for j in base] for k in base}
    fns = [lambda v=i: v * factor for i in base]
    nested = [[factor * a * b for b in base] for a in base]
    return scaled, table, [f() for f in fns], nested


class Holder:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]


print(make(), Holder.doubled)
