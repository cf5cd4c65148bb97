x = 1
y = [0, 1, 2, 3, 4, 5]
z = {"a": 1, "b": 2}


class O:
    pass


o = O()
o.attr = 1
del x
del y[0]
del y[1:3]
del z["a"]
del o.attr
a = b = c = 0
del a, b
del (c)
p = q = 1
del (p, q)
r = s = t = 2
del r, (s, t)


def local_del():
    v = 1
    w = 2
    del v
    del w
    return "deleted"


def del_global():
    global y
    del y


del_global()
print(z, hasattr(o, "attr"), local_del(), "x" in globals(), "y" in globals())
