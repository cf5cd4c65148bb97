registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco


@register
class Plain:
    pass


@register
@with_tag("special")
class Tagged:
    @staticmethod
    def helper():
        return "helped"


class Deep:
    class Holder:
        @staticmethod
        def wrap(fn):
            return fn


@Deep.Holder.wrap
def dotted():
    return "dotted"


print(registry, Tagged.tag, Tagged.helper(), dotted())
