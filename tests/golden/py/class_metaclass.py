class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    value = 1


class Base:
    pass


class Both(Base, metaclass=Meta):
    pass


def make(**kw):
    class Dyn(Base, **kw):
        pass
    return Dyn


bases = (Base,)


class Star(*bases):
    pass


print(WithMeta.value, Both.__name__, Star.__name__)
