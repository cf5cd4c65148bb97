import os, errno
from io import open
try:
    os.stat('no_such_file_here')
except OSError as e:
    print('stat', e.errno == errno.ENOENT)
try:
    os.remove('no_such_file_here')
except OSError as e:
    print('remove', e.errno == errno.ENOENT)
try:
    os.rmdir('no_such_dir_here')
except OSError as e:
    print('rmdir', e.errno == errno.ENOENT)
try:
    os.listdir('no_such_dir_here')
except OSError as e:
    print('listdir', e.errno == errno.ENOENT)
try:
    open('no_such_file_here')
except OSError as e:
    print('open', e.errno == errno.ENOENT)
