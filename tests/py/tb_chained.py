def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError('parse failed')


parse('x')
