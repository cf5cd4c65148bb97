class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key):
        super().__init__("bad key: " + key)
        self.key = key


def fail(kind):
    if kind == 0:
        raise AppError
    if kind == 1:
        raise AppError("with message")
    if kind == 2:
        raise ConfigError("timeout")
    if kind == 3:
        try:
            {}["x"]
        except KeyError as e:
            raise ConfigError("x") from e
    if kind == 4:
        try:
            1 / 0
        except ZeroDivisionError:
            raise AppError("hidden") from None
    if kind == 5:
        raise ValueError(1, 2, 3)


for k in range(6):
    try:
        fail(k)
    except AppError as e:
        print(k, type(e).__name__, e.args)
    except ValueError as e:
        print(k, e.args)
