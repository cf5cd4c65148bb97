def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
adders = [lambda x, n=n: x + n for n in range(3)]
