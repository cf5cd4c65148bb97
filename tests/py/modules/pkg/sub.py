def twice(x):
    return 2 * x


LEVEL = 'sub'
