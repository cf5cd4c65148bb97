l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l.index(1), l.index(1, 2), l.index(5, 0, 5), l.count(1), l.count(7))
try:
    l.index(7)
except ValueError as e:
    print('ValueError', e)
l.insert(0, 'start'); l.insert(-1, 'before last'); l.insert(100, 'end'); l.insert(-100, 'first')
print(l)
l.remove('start')
try:
    l.remove('absent')
except ValueError as e:
    print('ValueError', e)
print(l.pop(), l.pop(0), l.pop(-2), l)
try:
    [].pop()
except IndexError as e:
    print('IndexError', e)
l = [5, 2, 8, 1]
l.sort(); print(l)
l.sort(reverse=True); print(l)
l.sort(key=lambda v: abs(v - 4)); print(l)
l.reverse(); print(l)
l.extend(range(2)); l.extend('ab'); l += (7,)
print(l, l.copy() == l, l.copy() is l)
l.clear(); print(l, len(l))
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m, [[0] * 2] * 2)
a = [1, 2, 3, 4, 5, 6]
a[1:3] = ['x']; print(a)
a[::2] = [0, 0, 0]; print(a)
del a[::3]; print(a)
a[len(a):] = [99]; print(a)
a[:0] = [-1]; print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print('ValueError', e)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] == [], [1, [2]] == [1, [2]])
print(list(range(3)) * 2, [None] * 0, -1 * [1], [1, 2] + [3])
print(sorted([3, 1, 2], reverse=True), min([[2], [1, 5]]), max(['b', 'ab']))
nums = [1, 2, 3]
nums[-1] += 10
print(nums, nums[-3], nums[:-1], nums[10:], nums[-10:1])
try:
    nums[3]
except IndexError as e:
    print('IndexError', e)
print(list(), list('ab'), list({'k': 1}), list((1,)), [i for i in range(3)][::-1])
s = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(s, key=lambda t: t[1]), sorted(s))
