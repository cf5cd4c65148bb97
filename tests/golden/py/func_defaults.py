def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


def mutable(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


def computed(a=1 + 2, b=[1, 2], c={"k": "v"}, d=(1, 2), e=-1, f=None, g=2.5, h="s" * 2):
    return a, b, c, d, e, f, g, h


def shared(x, acc=[]):
    acc.append(x)
    return len(acc)


print(greet("Ann"), greet("Bo", "Hi"), greet("Cy", punct="?"), mutable(1), computed())
print(shared(1), shared(2))
