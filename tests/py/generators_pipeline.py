def numbers():
    n = 0
    while True:
        yield n
        n += 1
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def take(src, k):
    for i, x in enumerate(src):
        if i >= k:
            return
        yield x
print(list(take(evens(numbers()), 5)))
def running_avg():
    total, count = 0, 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in (10, 20, 30, 40)])
def chunked(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunked(list(range(7)), 3)))
g = (x * x for x in range(5))
print(sum(g), sum(g))
def counter_gen():
    i = 0
    while i < 3:
        received = yield i
        if received:
            i = received
        else:
            i += 1
c = counter_gen()
print(next(c), c.send(1), next(c))
