class A:
    data = [1]
    r = [(y := v) for v in (1, 2)]
