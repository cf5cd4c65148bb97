def multi():
    return 1, 'two', [3]
a, b, c = multi()
print(a, b, c, multi())
def nothing():
    return
print(nothing())
def early(x):
    if x < 0:
        return 'negative'
    for i in range(10):
        if i == x:
            return 'found %d' % i
    return 'not found'
print(early(-1), early(3), early(20))
def gen_fn():
    return (i for i in range(3))
print(list(gen_fn()))
def recursive_sum(lst):
    if not lst:
        return 0
    head, *tail = lst
    return head + recursive_sum(tail)
print(recursive_sum([1, 2, 3, 4]))
