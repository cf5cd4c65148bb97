import random
random.seed(42)
a = [random.getrandbits(16) for _ in range(10)]
random.seed(42)
b = [random.getrandbits(16) for _ in range(10)]
print(a == b)
random.seed(1)
x = [random.random() for _ in range(5)]
random.seed(1)
print(x == [random.random() for _ in range(5)])
