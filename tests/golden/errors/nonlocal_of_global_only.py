value = 1

def f():
    nonlocal value
