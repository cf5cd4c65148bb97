def guarded():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("cleanup")


def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            yield "caught " + str(e)


def gen_in_loops(rows):
    for row in rows:
        for cell in row:
            if cell is None:
                continue
            if cell == "end":
                return
            yield cell
        yield "/"


g = guarded()
print(next(g))
g.close()
c = catcher()
next(c)
print(c.throw(ValueError("bad")))
print(list(gen_in_loops([[1, None, 2], [3, "end", 4], [5]])))
