# Deeply nested blocks of every kind.
def deep(x):
    total = 0
    for a in range(2):
        for b in range(2):
            if a <= b:
                while x > 0:
                    x -= 1
                    try:
                        for c in range(2):
                            with open_guard():
                                if c:
                                    try:
                                        if a and b and c:
                                            for d in range(2):
                                                if d:
                                                    total += 1000
                                                else:
                                                    total += 100
                                        else:
                                            total += 10
                                    finally:
                                        total += 1
                                else:
                                    continue
                    except ZeroDivisionError:
                        break
                    finally:
                        total += 0
                else:
                    total -= 1
    return total


class open_guard:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


def nested_try():
    log = []
    try:
        try:
            try:
                try:
                    try:
                        raise KeyError(1)
                    finally:
                        log.append(5)
                except IndexError:
                    log.append("no")
                finally:
                    log.append(4)
            except KeyError:
                log.append("caught")
                raise ValueError(2)
            finally:
                log.append(3)
        except ValueError:
            log.append("value")
        finally:
            log.append(2)
    finally:
        log.append(1)
    return log


print(deep(5), nested_try())
