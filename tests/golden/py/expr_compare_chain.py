def check(a, b, c):
    r = []
    r.append(a < b < c)
    r.append(a <= b <= c)
    r.append(a == b == c)
    r.append(a != b != c)
    r.append(a > b > c >= 0)
    r.append(a < b > c)
    r.append(0 <= a < 10 <= b * 10 < 100)
    r.append(a is b is not c)
    r.append(a in [b, c] not in [[1]])
    return r


def side_effect_once(n):
    calls = []

    def f():
        calls.append(1)
        return n

    _ = 0 < f() < 10
    return len(calls)


print(check(1, 2, 3), check(3, 2, 1), side_effect_once(5))
