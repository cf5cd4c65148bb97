# Sorting and comprehensions: keys, reverse, nested comprehensions, sets.
seed = 12345


def rand():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed


data = [rand() % 100000 for _ in range(120000)]
a = sorted(data)
b = sorted(data, key=lambda x: (x % 100, x), reverse=True)
pairs = [(x, y) for x in range(400) for y in range(400) if (x * y) % 7 == 1]
sq = {x: x * x for x in range(20000)}
uniq = {x % 1000 for x in data}
words = sorted(str(x) for x in data[:5000])
print(a[0], a[-1], b[0], len(pairs), sq[4999], len(uniq), words[0])
