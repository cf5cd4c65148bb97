def checked_div(a, b):
    assert b != 0
    assert isinstance(a, int), "a must be an int"
    assert b > 0, ("b must be positive", b)
    return a // b


def always():
    assert True
    assert 1, "never fails"
    return "ok"


assert checked_div(10, 3) == 3
assert always()
try:
    checked_div(1, 0)
except AssertionError as e:
    print("assert fired", e.args)
try:
    checked_div(1, -1)
except AssertionError as e:
    print("assert fired", e.args)
print(always())
