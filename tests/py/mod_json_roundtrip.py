import json
data = {'name': 'x', 'list': [1, 2.5, -3, None, True], 'nested': {'a': {'b': []}}, 'u': '\u00fc'}
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
print(json.loads(json.dumps([[[]]])))
