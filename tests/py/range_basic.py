print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(0)))
r = range(1, 10, 2)
print(r, len(r), r[0], r[-1], r[1:3], 5 in r, 4 in r, r.index(7), r.count(3))
print(range(3) == range(3), range(0) == range(2, 2))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(reversed(range(4))))
print(range(5, 0, -1)[1])
for i in range(3, 0, -1):
    print(i, end=',')
print()
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError', e)
