from array import array
a = array('f', [0.1, 1e300, -1e300, float('inf')])
print(a)
d = array('d', [0.1, 2, 3.5])
print(d, d[0] + d[1], sum(d))
d[1] = 7
print(d, d.__class__.__name__)
print(array('f', [1.5]) == array('d', [1.5]), 2.0 in d, 3.5 in d)
for bad in ('x', None, [1]):
    try:
        d.append(bad)
    except TypeError as e:
        print('TypeError:', e)
print(bytes(array('f', [1.0])))
