x = 1
"""not first, still dropped"""
def f():
    x = 1
    """also dropped"""
    return x
class C:
    x = 1
    "dropped too"
