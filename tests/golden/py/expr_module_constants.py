# math.<const> folds into constants; math.nan is a single object in the
# reference, so every use of it shares one entry of the constant table,
# while NaNs computed by folding do not. OrderedDict({...}) is an ordinary
# call: the dict is built first and passed in.
import math
from collections import OrderedDict


def limits():
    values = [math.nan, math.inf, -math.inf, math.nan, math.pi, math.e, math.tau]
    return values, (math.nan, math.nan), math.inf - math.inf, math.inf - math.inf


def ordered():
    first = OrderedDict({"b": 1, "a": 2})
    empty = OrderedDict({})
    pairs = OrderedDict([("x", 1)])
    return first, empty, pairs


print(limits()[1:])
print(ordered())
