# os.path for code that needs it where the os module has none (CircuitPython):
# the few functions libraries' tests use to find their folders.
import os


def join(first, *rest):
    path = first
    for part in rest:
        if part.startswith("/"):
            path = part
        elif not path or path.endswith("/"):
            path += part
        else:
            path += "/" + part
    return path


def dirname(path):
    i = path.rfind("/")
    if i < 0:
        return ""
    head = path[:i]
    return head.rstrip("/") or path[: i + 1]


def basename(path):
    return path[path.rfind("/") + 1 :]


def normpath(path):
    absolute = path.startswith("/")
    parts = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == ".." and parts and parts[-1] != "..":
            parts.pop()
        elif part != ".." or not absolute:
            parts.append(part)
    text = "/".join(parts)
    return ("/" + text) if absolute else (text or ".")


def abspath(path):
    if not path.startswith("/"):
        path = join(os.getcwd(), path)
    return normpath(path)


def exists(path):
    try:
        os.stat(path)
        return True
    except OSError:
        return False
