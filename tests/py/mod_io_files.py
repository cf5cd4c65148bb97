import os
from io import open
name = 'mod_io_files.tmp'
f = open(name, 'w')
print(f.write('abc\n'), f.write('def\n'))
f.close()
with open(name) as f:
    print(f.read())
with open(name) as f:
    print([l for l in f])
with open(name, 'a') as f:
    f.write('ghi')
with open(name, 'r') as f:
    print(f.readline(), f.readlines())
with open(name, 'rb') as f:
    print(f.read(2), f.read())
with open(name, 'r+b') as f:
    f.seek(1)
    f.write(b'X')
    f.seek(0)
    print(f.read(), f.tell())
os.remove(name)
