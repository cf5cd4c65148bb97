def loop_control(values):
    out = []
    for v in values:
        try:
            if v == "skip":
                continue
            if v == "stop":
                break
            if v == "ret":
                return out, "returned"
            out.append(int(v))
        except ValueError:
            out.append("bad")
            continue
        finally:
            out.append("|")
    else:
        return out, "exhausted"
    return out, "broke"


def while_try(n):
    tries = 0
    while True:
        tries += 1
        try:
            if tries < n:
                raise OSError(tries)
            break
        except OSError:
            if tries > 10:
                return -1
            continue
        finally:
            tries += 0
    return tries


def with_in_loop(items):
    class Ctx:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            items.append("exit")

    for i in range(3):
        with Ctx():
            if i == 0:
                continue
            if i == 2:
                break
    return items


print(loop_control(["1", "skip", "x", "2"]))
print(loop_control(["1", "stop", "2"]))
print(loop_control(["ret"]))
print(while_try(4), with_in_loop([]))
