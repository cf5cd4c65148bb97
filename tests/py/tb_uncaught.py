def inner(x):
    return 10 // x


def outer():
    print('calling inner')
    return inner(0)


outer()
