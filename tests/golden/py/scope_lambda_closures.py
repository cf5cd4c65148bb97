def make_ops(k):
    ops = {
        "add": lambda x: x + k,
        "mul": lambda x: x * k,
        "pow": lambda x, e=2: x ** e + k,
    }
    k += 1
    return ops


def curry(f):
    return lambda a: lambda b: lambda c: f(a, b, c)


def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run


ops = make_ops(10)
print(ops["add"](1), ops["mul"](2), ops["pow"](3))
print(curry(lambda a, b, c: a * 100 + b * 10 + c)(1)(2)(3))
print(compose(str, abs, lambda v: v - 10)(3))
