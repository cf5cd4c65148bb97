# A module imported by the import_* programs.
VALUE = 42
_private = 'hidden'
print('helper_mod loading, __name__ =', __name__)


def greet(name):
    return 'hello ' + name


class Box:
    def __init__(self, v):
        self.v = v
