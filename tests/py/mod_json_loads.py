import json
print(json.loads('1'), json.loads('-2.5'), json.loads('"hi"'), json.loads('null'), json.loads('true'), json.loads('false'))
print(json.loads('[1, "a", null, [2, 3], {}]'))
print(json.loads('{"a": 1, "b": [true, false]}'))
print(json.loads('  {"k" :  [ 1 ,2 ] }  '))
print(json.loads('1e3'), json.loads('2E-2'), json.loads('12345678901234567890'), json.loads('0'))
print(json.loads(b'[1]'))
