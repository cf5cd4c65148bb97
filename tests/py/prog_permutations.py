def permutations(items):
    if len(items) <= 1:
        yield items[:]
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p
perms = list(permutations([1, 2, 3]))
print(len(perms), perms)
def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for c in combinations(items[i + 1:], k - 1):
            yield (items[i],) + c
print(list(combinations('abcd', 2)))
def queens(n, row=0, cols=()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
            yield from queens(n, row + 1, cols + (c,))
print(sum(1 for _ in queens(6)), next(queens(5)))
