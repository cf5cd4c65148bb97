from array import array
a = array('B', [1, 2])
print(a * 3, 2 * a, a * 0, a * -2)
a *= 2
print(a)
e = array('d')
print(e * 5)
try:
    a * 'x'
except TypeError as e:
    print('TypeError:', e)
