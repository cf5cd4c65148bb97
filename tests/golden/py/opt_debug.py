"""Behaviour that changes with the optimisation level."""

if __debug__:
    MODE = "debug"
else:
    MODE = "release"


def check(x):
    """Validate x."""
    assert x >= 0, "negative"
    if __debug__:
        print("checking", x)
    if not __debug__:
        print("fast path")
    return x * 2


def flag():
    return __debug__


debug_copy = __debug__
both = __debug__ and True
while __debug__:
    break
print(MODE, check(3), flag(), debug_copy, both)
