import math
def attempt(f, *a):
    try:
        print(f(*a))
    except ValueError as e:
        print('ValueError', e)
    except OverflowError as e:
        print('OverflowError', e)
    except TypeError:
        print('TypeError')
attempt(math.sqrt, -1)
attempt(math.log, 0)
attempt(math.log, -1)
attempt(math.exp, 1000)
attempt(math.acos, 2)
attempt(math.factorial, -1)
attempt(math.gamma, 0)
attempt(math.gamma, -2)
attempt(math.fmod, 1, 0)
attempt(math.floor, float('inf'))
attempt(math.floor, float('nan'))
attempt(math.pow, 0, -1)
attempt(math.log2, 0)
attempt(math.ldexp, 1.0, 5000)
attempt(math.isqrt, -1)
attempt(math.sin, float('inf'))
