def averager():
    total = 0
    count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError:
            total = count = 0
            average = None
            continue
        if value is None:
            return average
        total += value
        count += 1
        average = total / count


def run():
    g = averager()
    next(g)
    out = [g.send(10), g.send(20), g.send(30)]
    g.throw(ValueError)
    out.append(g.send(5))
    try:
        g.send(None)
    except StopIteration as e:
        out.append(("stopped", e.value))
    return out


def closing():
    try:
        while True:
            yield "tick"
    finally:
        print("generator closed")


c = closing()
next(c)
c.close()
print(run())
