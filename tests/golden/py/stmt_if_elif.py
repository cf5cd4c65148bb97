def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


def nested(a, b):
    if a:
        if b:
            r = 3
        else:
            r = 2
    else:
        if b:
            r = 1
        else:
            r = 0
    return r


if True:
    print("always")
if False:
    print("never")
if 0:
    pass
elif 1:
    print("elif constant")
if None:
    pass
else:
    print("else branch")
print([classify(n) for n in (-1, 0, 5, 50, 500)], nested(1, 0), nested(0, 1))
