for i in range(3):
    pass
else:
    print('for else ran')
for i in range(3):
    if i == 1:
        break
else:
    print('not printed')
n = 0
while n < 3:
    n += 1
else:
    print('while else', n)
while True:
    n -= 1
    if n == 0:
        break
print('n', n)
x = 5
r = 'big' if x > 3 else 'small'
print(r)
if x < 0:
    print('neg')
elif x == 0:
    print('zero')
elif x < 10:
    print('small positive')
else:
    print('large')
total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    total += i
print(total)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
if (y := 10) > 5:
    print('walrus', y)
data = [1, 2, 3, 4]
while (item := data.pop()) != 2:
    print('popped', item)
