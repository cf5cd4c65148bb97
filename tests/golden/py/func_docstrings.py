"""Module level docstring."""


def documented():
    """Return a constant.

    The docstring has several lines.
    """
    return 1


def not_doc():
    x = 1
    "this string is an expression statement, not a docstring"
    return x


def only_doc():
    """Nothing but a docstring."""


class Widget:
    """A widget class."""

    def method(self):
        """Method docstring."""
        return self

    def raw(self):
        r"""Raw docstring with \n escape."""

    def single(self):
        'Single quoted docstring.'


print(__doc__, documented.__doc__ if hasattr(documented, "__doc__") else None)
print(documented(), not_doc(), only_doc(), Widget().method() is not None)
