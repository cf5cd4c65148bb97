import os
name = 'open_errors.tmp'
try:
    open('open_errors_missing.tmp')
except OSError as e:
    print('OSError', e.errno)
with open(name, 'w') as f:
    f.write('x')
try:
    open(name, 'x')
except OSError as e:
    print('OSError', e.errno)
for mode in ('z', 'rw', 'rr'):
    try:
        open(name, mode)
    except ValueError as e:
        print('ValueError')
f = open(name)
f.close()
try:
    f.read()
except ValueError:
    print('ValueError')
with open(name) as f:
    try:
        f.write('y')
    except OSError:
        print('OSError')
with open(name, 'w') as f:
    try:
        f.write(b'bytes')
    except TypeError:
        print('TypeError')
with open(name, 'wb') as f:
    try:
        f.write('text')
    except TypeError:
        print('TypeError')
os.remove(name)
