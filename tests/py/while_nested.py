i = 0
out = []
while i < 4:
    j = 0
    while j < 4:
        if j > i:
            break
        if (i + j) % 2:
            j += 1
            continue
        out.append((i, j))
        j += 1
    i += 1
print(out)
found = None
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and c < 20:
            found = (a, b, c)
            break
    if found:
        break
print(found)
n = 0
while n < 100:
    n += 7
    if n % 5 == 0:
        break
else:
    n = -1
print(n)
