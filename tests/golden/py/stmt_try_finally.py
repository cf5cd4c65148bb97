log = []


def cleanup(n):
    try:
        log.append("body %d" % n)
        if n == 1:
            raise RuntimeError("boom")
        if n == 2:
            return "early"
    finally:
        log.append("finally %d" % n)
    return "late"


def nested_finally():
    try:
        try:
            return "inner"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")


def override():
    try:
        return 1
    finally:
        return 2


def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            continue
    return "swallowed"


print(cleanup(0), cleanup(2), nested_finally(), override(), swallow())
try:
    cleanup(1)
except RuntimeError as e:
    print("caught", e)
print(log)
