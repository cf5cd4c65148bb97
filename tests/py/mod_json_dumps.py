import json
print(json.dumps(1), json.dumps(-2.5), json.dumps('hi'), json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps([1, 'a', None, [2, 3], {}]))
print(json.dumps({'a': 1, 'b': [True, False]}))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}))
print(json.dumps({1: 'x', 2.5: 'y', None: 'z', True: 't'}))
print(json.dumps(10 ** 20), json.dumps(1e100), json.dumps(0.1))
