from array import array
a = array('b', range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[::-1]
print(a, len(a))
a = array('b', range(8))
del a[7:1:-3]
print(a)
try:
    del a[10]
except IndexError as e:
    print('IndexError:', e)
