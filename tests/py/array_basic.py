from array import array
a = array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1])
a.append(4)
a.extend([5, 6])
print(a)
a[0] = 10
a[-1] = -6
print(a, list(a))
e = array('b')
print(e, len(e), bool(e), bool(a))
for x in array('H', [7, 8]):
    print(x)
print(type(a).__name__, isinstance(a, array))
