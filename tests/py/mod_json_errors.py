import json
for bad in ('', '[1,', '{"a" 1}', '[1 2]', 'tru', '"abc', '{1: 2}', '[1] x', '01x'):
    try:
        json.loads(bad)
        print('no error', repr(bad))
    except ValueError:
        print('ValueError', repr(bad))
try:
    json.dumps({'a': object()})
except TypeError:
    print('TypeError')
try:
    json.dumps({(1, 2): 3})
except TypeError:
    print('TypeError key')
