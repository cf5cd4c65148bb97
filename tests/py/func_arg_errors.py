def f(a, b=1):
    return a
def g(*, k):
    return k
for call in range(6):
    try:
        if call == 0: f()
        elif call == 1: f(1, 2, 3)
        elif call == 2: f(1, a=2)
        elif call == 3: f(1, c=2)
        elif call == 4: g()
        else: g(1)
    except TypeError as e:
        print('TypeError', e)
def two(a, b):
    pass
try:
    two(1)
except TypeError as e:
    print(e)
try:
    two()
except TypeError as e:
    print(e)
