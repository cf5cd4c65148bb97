from collections import deque
d = deque()
d.append(1)
d.append(2)
d.appendleft(0)
print(list(d), len(d))
print(d.pop(), d.popleft(), list(d))
d.extend([5, 6, 7])
d.extendleft([9, 8])
print(list(d), d[0], d[-1])
print(bool(d), bool(deque()))
d.clear()
print(len(d))
try:
    d.pop()
except IndexError:
    print('IndexError')
