import random
random.seed(3)
items = ['a', 'b', 'c']
picked = set(random.choice(items) for _ in range(100))
print(sorted(picked))
print(random.choice((5,)), random.choice('z'))
try:
    random.choice([])
except IndexError:
    print('IndexError')
try:
    random.randrange(0)
except ValueError:
    print('ValueError')
l = list(range(10))
random.shuffle(l)
print(sorted(l))
print(random.getrandbits(0))
big = random.getrandbits(100)
print(0 <= big < 2 ** 100)
