x = 5
del x
try:
    print(x)
except NameError:
    print('x deleted')
l = [1, 2, 3, 4]
del l[0], l[-1]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
def f():
    y = 1
    del y
    try:
        return y
    except NameError:
        return 'local deleted'
print(f())
try:
    del o.missing
except AttributeError:
    print('AttributeError on del')
