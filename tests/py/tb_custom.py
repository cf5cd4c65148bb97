class AppError(Exception):
    pass


def load(name):
    raise AppError('cannot load ' + name)


try:
    load('a')
except AppError as e:
    print('handled:', e)
load('b')
