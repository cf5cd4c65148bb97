m = [[r * 3 + c for c in range(3)] for r in range(3)]
print(m, [row[i] for i, row in enumerate(m)], [x for row in m for x in row if x % 2])
print([[m[r][c] for r in range(3)] for c in range(3)])
print({(a, b) for a in range(3) for b in range(a)}, {k: [v for v in range(k)] for k in range(4)})
print(sum(x * x for x in range(10)), max((len(w), w) for w in 'a bb ccc'.split()), any(c.isdigit() for c in 'ab3'))
g = (i for i in range(3))
print(next(g), list(g), list(g))
print([y for y in (x * 2 for x in range(5)) if y > 3], [(i, j) for i in range(3) if i for j in 'ab' if j != 'a'])
def lazy():
    print('start')
    for i in range(3):
        print('yield', i)
        yield i
gen = (v * 10 for v in lazy())
print('created')
print(list(gen))
print([lambda: i for i in range(3)][0](), [(lambda v=i: v)() for i in range(3)])
print(list(map(lambda t: t[0] + t[1], zip([1, 2], [10, 20]))), [c.upper() for c in 'abc'], ''.join(reversed([c for c in 'abc'])))
flat = [x for sub in [[1, [2]], [3]] for x in sub]
print(flat, [list(range(i)) for i in range(3)])
print({x: y for x, y in zip('abc', range(3)) if y}, {c for c in 'mississippi'} == set('misp'))
total = 0
for row in m:
    total += sum(v for v in row if v > 2)
print(total, sorted({v % 4 for v in range(20)}), [i if i % 2 else -i for i in range(5)])
