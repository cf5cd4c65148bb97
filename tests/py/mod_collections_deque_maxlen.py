from collections import deque
d = deque([1, 2, 3], 3)
d.append(4)
print(list(d), d.maxlen)
d.appendleft(0)
print(list(d))
q = deque((), 2)
for i in range(5):
    q.append(i)
print(list(q), len(q))
print(deque([1, 2]).maxlen)
e = deque(range(5), maxlen=2)
print(list(e))
