# Calls the compiler accepts although CPython would not.
def f(*args, **kwargs):
    return args, kwargs


def repeated_keyword():
    return f(a=1, a=2)


def generator_not_alone(seq):
    return f(x for x in seq)


def tuple_annotation():
    p, q: int = 1, 2
    return p, q


print(repeated_keyword(), generator_not_alone([1, 2]), tuple_annotation())
