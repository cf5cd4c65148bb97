import json
print(json.dumps('a"b\\c'))
print(json.dumps('line\nnext\ttab\r\x08\x0c'))
print(json.dumps('\x01\x1f'))
print(json.dumps('caf\u00e9 \u20ac'))
print(json.dumps('\U0001f600'))
print(json.dumps('/'))
