import io
with io.StringIO('x') as s:
    print(s.read(), s.closed)
print(s.closed)
try:
    s.read()
except ValueError:
    print('ValueError closed')
b = io.BytesIO()
b.close()
b.close()
print(b.closed)
try:
    io.StringIO().write(b'x')
except TypeError:
    print('TypeError')
try:
    io.BytesIO().write('x')
except TypeError:
    print('TypeError bytes')
