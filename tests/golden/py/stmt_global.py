counter = 0
settings = {}


def bump():
    global counter
    counter += 1
    return counter


def configure(**kw):
    global settings, mode
    settings = dict(kw)
    mode = "configured"


def read_only():
    return counter + len(settings)


def shadow():
    counter = 100
    return counter


global unused_at_module
bump()
bump()
configure(a=1)
print(counter, settings, mode, read_only(), shadow())
