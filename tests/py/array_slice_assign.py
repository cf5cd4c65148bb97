from array import array
a = array('i', range(6))
a[1:3] = array('i', [10, 20, 30])
print(a)
a[:2] = array('i')
print(a)
a[len(a):] = array('i', [7, 8])
print(a)
a[::2] = array('i', [0, 0, 0, 0])
print(a)
a[:] = a
print(a)
a[1:3] = a
print(a)
for bad in ([1], array('b', [1])):
    try:
        a[0:1] = bad
    except TypeError as e:
        print('TypeError:', e)
try:
    a[::2] = array('i', [1])
except ValueError as e:
    print('ValueError:', e)
