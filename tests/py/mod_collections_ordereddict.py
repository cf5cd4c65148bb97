from collections import OrderedDict
d = OrderedDict()
d['z'] = 1
d['a'] = 2
d['m'] = 3
print(list(d.keys()), list(d.values()))
d.move_to_end('z')
print(list(d))
d.move_to_end('m', last=False)
print(list(d))
print(d.popitem(), d.popitem(last=False), list(d.items()))
e = OrderedDict([('x', 1), ('y', 2)])
print(list(e.items()), e['y'], len(e), isinstance(e, dict))
e.update(w=0)
print(list(e))
