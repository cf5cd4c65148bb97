# Constant conditions let the compiler drop branches.
def folded():
    out = []
    if 1:
        out.append("if 1")
    if 0:
        out.append("if 0")
    if True:
        out.append("if True")
    else:
        out.append("dead else")
    if False:
        out.append("dead")
    elif True:
        out.append("elif True")
    if "":
        out.append("empty string")
    if "x":
        out.append("string")
    if None:
        out.append("None")
    if ():
        out.append("empty tuple")
    if 0.0:
        out.append("zero float")
    while 0:
        out.append("while 0")
    while False:
        out.append("while False")
    return out


def after_return():
    return 1
    print("unreachable")
    x = 2


def after_raise():
    raise ValueError
    return "never"


def while_one():
    n = 0
    while 1:
        n += 1
        if n == 3:
            return n


def while_true_else():
    while True:
        break
    else:
        return "else"
    return "after"


print(folded(), after_return(), while_one(), while_true_else())
