# See __init__.py: only the names libraries annotate with.


class ROValueIO:
    pass


class ValueIO:
    pass
