import json
d = {'a': [1, 2], 'b': {'c': 3}}
print(json.dumps(d, separators=(',', ':')))
print(json.dumps(d, separators=(';', '=')))
print(json.dumps([1, 2, 3], separators=(',', ':')))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True))
