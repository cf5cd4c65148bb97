for expr in ['1.0/0', '1.0//0', '1.0%0', '0.0**-1', '1/0', '1//0', '1%0']:
    try:
        a, op, b = None, None, None
        if expr == '1.0/0': r = 1.0 / 0
        elif expr == '1.0//0': r = 1.0 // 0
        elif expr == '1.0%0': r = 1.0 % 0
        elif expr == '0.0**-1': r = 0.0 ** -1
        elif expr == '1/0': r = 1 / 0
        elif expr == '1//0': r = 1 // 0
        else: r = 1 % 0
    except ZeroDivisionError as e:
        print(expr, 'ZeroDivisionError:', e)
try:
    float('abc')
except ValueError as e:
    print(e)
