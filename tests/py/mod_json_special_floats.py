import json
print(json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')))
print(json.loads('Infinity'), json.loads('-Infinity'), json.loads('[NaN]')[0] != json.loads('[NaN]')[0])
print(json.dumps(1.0), json.dumps(1e-7), json.dumps(123456789.125))
