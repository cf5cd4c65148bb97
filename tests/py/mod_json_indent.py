import json
print(json.dumps({'a': [1, 2], 'b': {}}, indent=2))
print(json.dumps([1, [2, []]], indent=1))
print(json.dumps({'x': 1}, indent='\t'))
