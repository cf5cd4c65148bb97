from . import sub
from .sub import LEVEL


def describe():
    return 'other uses ' + LEVEL + ' ' + str(sub.twice(4))
