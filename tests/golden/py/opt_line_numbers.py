def a():
    x = 1
    y = 2

    z = 3


    w = 4
    return x + y + z + w


def b(
    first,
    second,
):
    return (
        first
        +
        second
    )


def c():
    raise ValueError(
        "multi"
        "line"
    )


print(a(), b(1, 2))
try:
    c()
except ValueError as e:
    print(e)
