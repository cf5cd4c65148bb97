def counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


def adders():
    fns = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        fns.append(add)
    return [f(10) for f in fns]


def late_binding():
    fns = [lambda: i for i in range(3)]
    return [f() for f in fns]


def cell_arg(value):
    def read():
        return value
    value = value * 2
    return read()


def deep():
    a = 1

    def l1():
        b = 2

        def l2():
            c = 3

            def l3():
                return a + b + c

            return l3()

        return l2()

    return l1()


inc, get = counter(5)
inc()
inc(10)
print(get(), adders(), late_binding(), cell_arg(4), deep())
