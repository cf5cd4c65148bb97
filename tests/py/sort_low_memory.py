# cpy-run-args: -X heapsize=208k
# Sorting when the heap is nearly full: the keys, then the merge work space,
# are left out when they do not fit (keys computed per comparison, merges
# done by rotations), and the result is the same stable order.
def check(items, key, reverse):
    got = sorted(items, key=key, reverse=reverse)
    k = key or (lambda x: x)
    for i in range(1, len(got)):
        a, b = k(got[i - 1]), k(got[i])
        assert (a >= b) if reverse else (a <= b), (i, a, b)
    return got[:5], got[-5:]


for n in (10, 1000, 5000, 6500, 7000, 7600):
    data = [(i * 7919) % 10007 for i in range(n)]
    print(n, check(data, None, False))
    print(n, check(data, None, True))
    # Stable: equal keys keep the original order.
    print(n, check(data, lambda x: x % 10, False))
    print(n, check(data, lambda x: x % 10, True))
    data.sort(key=lambda x: -x)
    print(n, data[:3], data[-3:])
    del data
