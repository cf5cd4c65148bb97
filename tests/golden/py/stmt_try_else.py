def attempt(d, key):
    try:
        value = d[key]
    except KeyError:
        status = "missing"
    else:
        status = "found %r" % (value,)
    finally:
        status += "!"
    return status


def else_returns(x):
    try:
        y = 10 / x
    except ZeroDivisionError:
        return "zero"
    else:
        return y
    finally:
        pass


print(attempt({"a": 1}, "a"), attempt({}, "a"), else_returns(2), else_returns(0))
