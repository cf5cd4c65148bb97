def nothing():
    return


def none():
    return None


def tuple_ret():
    return 1, 2


def paren_tuple():
    return (1, 2, 3)


def conditional(x):
    return x if x else None


def in_loop(xs):
    for x in xs:
        while True:
            if x:
                return x
            break
    return "none found"


def in_try():
    try:
        return "try"
    except Exception:
        return "except"


def in_with():
    class C:
        def __enter__(self):
            return 5

        def __exit__(self, *a):
            pass

    with C() as v:
        for i in range(3):
            return v + i


def implicit():
    x = 1


print(nothing(), none(), tuple_ret(), paren_tuple(), conditional(0), conditional(2))
print(in_loop([0, 0, 3]), in_loop([]), in_try(), in_with(), implicit())
