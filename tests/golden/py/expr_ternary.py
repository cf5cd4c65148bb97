def sign(n):
    return 1 if n > 0 else -1 if n < 0 else 0


def describe(n):
    kind = "even" if n % 2 == 0 else "odd"
    size = ("big" if n > 100 else "medium") if n > 10 else "small"
    return kind, size


f = lambda v: "yes" if v else "no"
print([sign(n) for n in (-5, 0, 5)], describe(3), describe(50), describe(500), f(0))
