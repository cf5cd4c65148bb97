level = "module"


def outer():
    level = "outer"

    def use_global():
        global level
        level = "set by global"

    def use_nonlocal():
        nonlocal level
        level = "set by nonlocal"

    def read():
        return level

    use_global()
    use_nonlocal()
    return read()


def implicit_global():
    return level.upper()


def global_in_nested():
    def inner():
        global created_later
        created_later = 42
    inner()
    return created_later


print(outer(), level, implicit_global(), global_in_nested())
