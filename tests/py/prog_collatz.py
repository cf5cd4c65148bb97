def collatz_len(n, cache={1: 1}):
    if n in cache:
        return cache[n]
    nxt = n // 2 if n % 2 == 0 else 3 * n + 1
    cache[n] = 1 + collatz_len(nxt)
    return cache[n]
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), collatz_len(27))
