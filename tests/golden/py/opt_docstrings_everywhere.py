"""A module whose every scope carries a docstring.

Optimisation does not strip docstrings in this toolchain,
but the line table changes with it.
"""


def plain():
    """Plain function."""
    return 1


async def coro():
    """Coroutine docstring."""
    return 2


def gen():
    """Generator docstring."""
    yield 3


class Documented:
    """Class docstring."""

    attr = 1

    def method(self):
        """Method docstring."""

        return self.attr

    @property
    def prop(self):
        """Property docstring."""
        return 4

    class Inner:
        """Inner class docstring."""


lam = lambda: "lambda has no docstring"
print(plain(), gen, coro, Documented().method(), Documented().prop, lam())
