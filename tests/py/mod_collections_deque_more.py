from collections import deque
d = deque(range(6))
d.rotate(2)
print(list(d))
d.rotate(-3)
print(list(d))
print(3 in d, 10 in d, d.count(3))
d[0] = 'x'
print(d[0], d)
print(deque([1, 2]) == deque([1, 2]), deque([1]) == deque([2]))
print(deque('ab'), deque([1], maxlen=4))
total = 0
for v in deque([1, 2, 3]):
    total += v
print(total)
