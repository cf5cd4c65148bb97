from array import array
a = array('i', [1, 2])
b = array('i', [3])
c = a + b
print(c, a, b)
a += b
print(a)
a += a
print(a)
for bad in ([4], array('b', [4])):
    try:
        a + bad
    except TypeError as e:
        print('TypeError:', e)
try:
    a += [4]
except TypeError as e:
    print('TypeError:', e)
try:
    a.extend(array('h', [1]))
except TypeError as e:
    print('TypeError:', e)
a.extend(array('i', [9]))
a.extend(x * 2 for x in range(3))
print(a)
