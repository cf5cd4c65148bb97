class H:
    cls_attr = 'class'
h = H()
h.__dict__['a'] = 1
print(h.__dict__, h.a)
h.b = 2
d = h.__dict__
d['c'] = 3
print(h.c, vars(h), d is h.__dict__)
k = ''.join(['dyn', 'amic'])
h.__dict__[k] = 5
print(h.dynamic, getattr(h, k), hasattr(h, 'dynamic'))
del h.dynamic
print(sorted(h.__dict__), hasattr(h, 'dynamic'))
vars(h)['y'] = 2
print(sorted(n for n in dir(h) if not n.startswith('__')), h.y)
try:
    del h.zz
except AttributeError as e:
    print('AttributeError', e)
class A:
    pass
try:
    del A.q
except AttributeError as e:
    print('AttributeError', e)
h.__dict__.clear()
print(vars(h), h.cls_attr)
h.__dict__.update(p=1, q=2)
print(h.p + h.q, len(h.__dict__))
h.__dict__.pop('p')
print(hasattr(h, 'p'), 'cls_attr' in vars(h))

def make(**fields):
    o = H()
    o.__dict__.update(fields)
    return o
o = make(x=1, y=[2])
print(o.x, o.y, sorted(vars(o).items()))
