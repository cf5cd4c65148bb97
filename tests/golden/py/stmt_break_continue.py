def process(rows):
    total = 0
    for row in rows:
        if row is None:
            continue
        for cell in row:
            if cell < 0:
                break
            if cell == 0:
                continue
            total += cell
        else:
            total += 1000
        if total > 10000:
            break
    return total


def while_mix(limit):
    i = 0
    hits = []
    while True:
        i += 1
        if i > limit:
            break
        if i % 3 == 0:
            continue
        j = 0
        while j < i:
            j += 1
            if j == 2:
                continue
            if j > 4:
                break
            hits.append((i, j))
    return hits


print(process([[1, 2], None, [3, -1, 5], [0, 4]]), while_mix(6))
