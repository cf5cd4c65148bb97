import os
from io import open
d = 'mod_os_files_dir'
try:
    for n in os.listdir(d):
        os.remove(d + '/' + n)
    os.rmdir(d)
except OSError:
    pass
os.mkdir(d)
print(os.listdir(d))
with open(d + '/a.txt', 'w') as f:
    f.write('hello\nworld\n')
with open(d + '/b.bin', 'wb') as f:
    f.write(b'\x00\x01\x02')
print(sorted(os.listdir(d)))
print(os.stat(d + '/a.txt')[6], os.stat(d + '/b.bin')[6])
print(os.stat(d)[0] & 0x4000 != 0, os.stat(d + '/a.txt')[0] & 0x8000 != 0)
os.rename(d + '/a.txt', d + '/c.txt')
print(sorted(os.listdir(d)))
os.remove(d + '/c.txt')
os.remove(d + '/b.bin')
print(os.listdir(d))
os.rmdir(d)
print(d in os.listdir())
