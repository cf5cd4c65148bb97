from array import array
a = array('h', [5, 6, 7])
print(a[0], a[1], a[2], a[-1], a[-3])
for i in (3, -4):
    try:
        a[i]
    except IndexError as e:
        print('IndexError:', e)
    try:
        a[i] = 0
    except IndexError as e:
        print('IndexError:', e)
try:
    a['x']
except TypeError as e:
    print('TypeError:', e)
class I:
    def __index__(self):
        return 1
print(a[I()])
a[I()] = I()
print(a)
