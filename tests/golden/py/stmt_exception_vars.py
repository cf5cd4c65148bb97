# The exception variable is deleted at the end of the handler.
def handler_cleanup():
    e = "before"
    try:
        raise ValueError("x")
    except ValueError as e:
        seen = str(e)
    try:
        return seen, e
    except NameError:
        return seen, "e was deleted"


def nested_handlers():
    try:
        raise KeyError("outer")
    except KeyError as outer:
        try:
            raise IndexError("inner")
        except IndexError as inner:
            return repr(outer), repr(inner)


def handler_in_loop():
    caught = []
    for i in range(3):
        try:
            if i % 2:
                raise RuntimeError(i)
        except RuntimeError as err:
            caught.append(err.args[0])
            continue
        caught.append("ok%d" % i)
    return caught


def exception_in_closure():
    try:
        raise TypeError("closed over")
    except TypeError as exc:
        f = lambda: str(exc)
        return f()


print(handler_cleanup(), nested_handlers(), handler_in_loop(), exception_in_closure())
