d = {}
for k in ['z', 'y', 'x', 3, 2.5, (1, 2), None, True]:
    d[k] = str(k)
print(d)
del d['y']
d['y'] = 'again'
print(list(d))
keys = d.keys()
d['new'] = 1
print(len(keys), 'new' in keys)
s = 'dyn' + 'amic'
d[s] = 5
print(d['dynamic'], 'dynamic' in d)
print(sorted(k for k in d if isinstance(k, str)))
big = {}
for i in range(1000):
    big[i] = i * 2
print(len(big), big[999], sum(big.values()))
for i in range(0, 1000, 2):
    del big[i]
print(len(big), big.get(0), big[1])
