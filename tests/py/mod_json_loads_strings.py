import json
print(json.loads('"a\\"b\\\\c\\/d"'))
print(repr(json.loads('"\\n\\t\\r\\b\\f"')))
print(json.loads('"\\u00e9\\u20ac"'))
print(json.loads('"\\ud83d\\ude00"') == '\U0001f600')
print(json.loads('"caf\u00e9"'))
