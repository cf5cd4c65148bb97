import random
random.seed(7)
ok = True
for _ in range(500):
    v = random.randint(3, 9)
    ok = ok and 3 <= v <= 9
    r = random.randrange(10)
    ok = ok and 0 <= r < 10
    r = random.randrange(5, 50, 5)
    ok = ok and 5 <= r < 50 and r % 5 == 0
    r = random.randrange(10, 0, -2)
    ok = ok and 0 < r <= 10 and r % 2 == 0
    f = random.random()
    ok = ok and 0.0 <= f < 1.0
    u = random.uniform(2.0, 4.0)
    ok = ok and 2.0 <= u <= 4.0
    b = random.getrandbits(5)
    ok = ok and 0 <= b < 32
print(ok)
seen = set(random.randint(0, 3) for _ in range(200))
print(sorted(seen))
