handlers = [lambda f: f]

@handlers[0]
def f():
    pass
