@decorator(arg=1)
@other
def f(a, /, b=2, *args, c, d=lambda x: x ** 2, **kwargs) -> int:
    global g
    nonlocal_ = [x for x in range(10) if x % 2 == 0]
    try:
        return a if b else c
    except (ValueError, TypeError) as e:
        raise RuntimeError("bad") from e
    finally:
        del g
