def make_accumulator():
    total = 0
    history = []

    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total

    def reset():
        nonlocal total, history
        total = 0
        history = []

    def state():
        return total, history

    return add, reset, state


def two_levels():
    x = "outer"

    def mid():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x

    return mid(), x


add, reset, state = make_accumulator()
add(3)
add(4)
s1 = state()
reset()
print(s1, state(), two_levels())
