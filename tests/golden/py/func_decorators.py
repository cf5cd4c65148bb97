calls = []


def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


def repeat(times):
    def deco(fn):
        def run(*a):
            return [fn(*a) for _ in range(times)]
        return run
    return deco


class registry:
    table = {}

    @staticmethod
    def register(name):
        def deco(fn):
            registry.table[name] = fn
            return fn
        return deco


@trace
def add(a, b):
    return a + b


@repeat(3)
@trace
def ping():
    return "pong"


@registry.register("double")
def double(x):
    return x * 2


print(add(1, 2), ping(), registry.table["double"](4), calls)
