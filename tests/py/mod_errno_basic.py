import errno
print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EACCES, errno.EIO, errno.EBADF, errno.EAGAIN)
print(errno.errorcode[errno.ENOENT], errno.errorcode[17], errno.errorcode[errno.ENOTDIR])
print(errno.EISDIR, errno.ENOMEM, errno.ETIMEDOUT, errno.ENODEV, errno.EPERM)
try:
    raise OSError(errno.ENOENT, 'x')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
