class Guard:
    count = 0

    def __enter__(self):
        Guard.count += 1
        return Guard.count

    def __exit__(self, *exc):
        Guard.count -= 1
        return False


def returns_inside():
    with Guard() as g:
        return g


def nested_returns():
    with Guard() as a:
        with Guard() as b:
            with Guard() as c:
                return a + b + c


def loop_with():
    total = 0
    for i in range(5):
        with Guard():
            if i == 1:
                continue
            if i == 3:
                break
            total += i
    return total


def raises():
    try:
        with Guard():
            raise ValueError
    except ValueError:
        return Guard.count


def unpack_target():
    class Pair:
        def __enter__(self):
            return (1, (2, 3))

        def __exit__(self, *a):
            pass

    with Pair() as (x, (y, z)):
        return x + y + z


print(returns_inside(), nested_returns(), loop_with(), raises(), unpack_target(), Guard.count)
