# Long arithmetic and boolean chains.
def total(a):
    return (a + 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18
            + 19 + 20 + a * 2 - a * 3 + a * 4 - a * 5 + a * 6 - a * 7 + a * 8 - a * 9 + a * 10
            + a // 2 + a // 3 + a // 4 + a // 5 + a // 6 + a // 7 + a // 8 + a // 9 + a // 10)


def all_true(a, b, c, d, e, f, g, h):
    return a and b and c and d and e and f and g and h


def any_true(a, b, c, d, e, f, g, h):
    return a or b or c or d or e or f or g or h


def nested_calls(x):
    return abs(min(max(abs(int(float(str(x)))), 0), 1000))


print(total(7), all_true(*range(1, 9)), any_true(*([0] * 7 + [5])), nested_calls(-12))
