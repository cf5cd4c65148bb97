def collect(*args):
    return len(args), args


def collect_kw(**kwargs):
    return sorted(kwargs.items())


def both(first, *args, **kwargs):
    return first, args, sorted(kwargs)


def forward(*a, **k):
    return both(*a, **k)


print(collect(), collect(1, 2, 3), collect_kw(), collect_kw(a=1, b=2))
print(both(0), both(0, 1, 2, x=3), forward(9, 8, y=7))
