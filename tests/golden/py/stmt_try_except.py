def parse(s):
    try:
        return int(s)
    except ValueError:
        return None


def multi(op):
    try:
        if op == 1:
            raise KeyError("k")
        if op == 2:
            raise IndexError(2)
        if op == 3:
            raise TypeError
        return "clean"
    except KeyError as e:
        return "key " + str(e)
    except (IndexError, TypeError) as e:
        return "group " + type(e).__name__
    except Exception:
        return "other"
    except:
        return "bare"


def reraise():
    try:
        try:
            [][1]
        except IndexError:
            raise
    except LookupError as err:
        return repr(err)


def scoped():
    try:
        raise ValueError("gone")
    except ValueError as exc:
        msg = str(exc)
    return msg


print(parse("12"), parse("x"), [multi(i) for i in range(4)], reraise(), scoped())
