import os
name = 'open_basic.tmp'
f = open(name, 'w')
print(f.write('line one\n'), f.write('line two\n'))
f.close()
print(f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name, 'r') as f:
    print(f.readline(), end='')
    print(f.readlines())
with open(name, 'a') as f:
    f.write('three')
with open(name) as f:
    print([l for l in f])
with open(name, 'rb') as f:
    print(f.read(4), f.read())
os.remove(name)
print(name in os.listdir())
