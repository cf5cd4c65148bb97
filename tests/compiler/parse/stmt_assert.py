assert x
assert x, "message"
assert x == 1, (a, b)
assert f(x), y
