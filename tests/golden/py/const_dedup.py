# Repeated constants of every kind.
def first():
    return ("shared", b"bytes", 1.25, 10 ** 20, "shared")


def second():
    return ("shared", b"bytes", 1.25, 10 ** 20, "other")


def third():
    x = "shared"
    y = "shared"
    return x is y, 1.25 + 1.25, b"bytes" + b"bytes"


print(first(), second(), third())
