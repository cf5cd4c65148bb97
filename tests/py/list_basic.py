l = [3, 1, 2]
l.append(5)
l.extend([7, 8])
l.insert(0, 0)
print(l, len(l))
print(l.pop(), l.pop(0), l)
l.remove(5)
print(l, l.index(2), l.count(1), 9 in l, 3 in l)
l.sort()
print(l)
l.reverse()
print(l)
l.sort(reverse=True)
print(l)
print(sorted([3, 1, 2]), sorted(['b', 'a'], reverse=True))
print(l[0], l[-1], l[1:3], l[::-1], l[::2])
l[1] = 'x'
print(l)
l[1:3] = [10, 20, 30]
print(l)
del l[0]
print(l)
del l[1:3]
print(l)
print([1, 2] + [3], [0] * 3, [[1]] * 2)
c = l.copy()
c.clear()
print(c, l)
print(list(range(5)), list('ab'), list((1, 2)))
a = [1, 2, 3]
a += [4]
print(a)
a *= 2
print(a)
m = [[1, 2], [3, 4]]
print(m[1][0], [row[1] for row in m])
print(sorted([5, 2, 8], key=lambda x: -x))
words = ['bb', 'a', 'ccc']
words.sort(key=len)
print(words)
