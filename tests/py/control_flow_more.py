for i in range(3):
    if i == 5:
        break
else:
    print('for-else ran')
for i in range(3):
    if i == 1:
        break
else:
    print('not printed')
n = 0
while n < 3:
    n += 1
else:
    print('while-else', n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print('not printed')
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1 != 2, 'a' < 'b' <= 'b' < 'c')
def noisy(v):
    print('eval', v)
    return v
print(noisy(1) < noisy(2) < noisy(0) < noisy(5))
print(0 or 'default', '' or [] or 'last', 'first' and 'second', None and noisy('never'), 1 and 0 and noisy('never'))
print(not [], not 'x', (not 0) is True)
x = 5
print('big' if x > 3 else 'small', 'a' if 0 else 'b' if 0 else 'c')
for i, c in enumerate('abc'):
    if c == 'b':
        continue
    print(i, c)
def find(items, target):
    for idx, v in enumerate(items):
        if v == target:
            return idx
    return -1
print(find([4, 5, 6], 6), find([], 1))
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print('even', i)
outer_done = False
for a in range(3):
    for b in range(3):
        if a * b == 2:
            outer_done = True
            break
    if outer_done:
        break
print(a, b)
if []:
    pass
elif {}:
    pass
elif 0.0:
    pass
else:
    print('all falsy')
y = [1, 2, 3]
while y:
    y.pop()
print(y, bool(y))
def early(v):
    if v < 0:
        return 'neg'
    elif v == 0:
        return 'zero'
    return 'pos'
print([early(v) for v in (-1, 0, 1)])
pass_count = 0
for _ in range(3):
    pass
    pass_count += 1
print(pass_count)
