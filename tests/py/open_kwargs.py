import os
name = 'open_kwargs.tmp'
with open(name, mode='w') as f:
    f.write('kw')
with open(name, mode='rb') as f:
    print(f.read())
with open(name, 'rt') as f:
    print(f.read())
with open(name, 'w+') as f:
    f.write('abc')
    f.seek(0)
    print(f.read())
with open(name, 'a+') as f:
    f.write('d')
    f.seek(0)
    print(f.read())
import io
print(open is io.open, callable(open))
os.remove(name)
