class Error(Exception):
    """Base error for the module."""


class NotFound(Error):
    def __init__(self, name):
        super().__init__(name)
        self.name = name

    def __str__(self):
        return "not found: " + self.name


class Retry(Error):
    attempts = 3


def lookup(table, name):
    if name not in table:
        raise NotFound(name)
    return table[name]


try:
    lookup({}, "x")
except Error as e:
    print(type(e).__name__, e, e.name)
try:
    raise Retry()
except (NotFound, Retry) as e:
    print(e.attempts)
