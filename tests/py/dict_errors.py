d = {'a': 1}
for action in range(5):
    try:
        if action == 0: d['b']
        elif action == 1: d[[1]] = 2
        elif action == 2: d.pop('zz')
        elif action == 3: {}.popitem()
        else: del d['q']
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(d)
nested = {'x': {'y': {'z': 1}}}
print(nested['x']['y']['z'], nested.get('x', {}).get('w', 'none'))
d2 = {}
d2.setdefault('list', []).append(1)
d2.setdefault('list', []).append(2)
print(d2)
