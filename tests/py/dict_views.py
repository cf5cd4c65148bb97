d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
v = d.values()
i = d.items()
print(k, v, i)
print(len(k), 'a' in k, ('a', 1) in list(i), 2 in list(v))
d['d'] = 4
print(list(k))
print(k & {'a', 'z'} == {'a'}, sorted(k | {'z'}))
print(sorted(d.items(), key=lambda kv: -kv[1]))
print(dict(zip('xyz', range(3))))
print({k: v for k, v in d.items() if v % 2 == 0})
inv = {v: k for k, v in d.items()}
print(inv)
