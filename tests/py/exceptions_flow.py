def f(x):
    try:
        if x == 0:
            return 'zero'
        if x == 1:
            raise ValueError
        r = 'normal'
    except ValueError:
        r = 'except'
    else:
        r += '+else'
    finally:
        print('finally', x)
    return r
print(f(0), f(1), f(2))
def g():
    try:
        return 'try'
    finally:
        print('cleanup')
print(g())
def h():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(h())
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('fin', i)
def nested():
    try:
        try:
            raise KeyError('inner')
        finally:
            print('inner finally')
    except KeyError as e:
        print('outer caught', e)
        return 1
    finally:
        print('outer finally')
print(nested())
def reraise():
    try:
        raise ValueError('orig')
    except ValueError:
        print('handling')
        raise
try:
    reraise()
except ValueError as e:
    print('reraised', e)
try:
    try:
        raise OSError('x')
    except ValueError:
        print('not here')
except OSError as e:
    print('propagated', e)
def loop_with_try():
    total = 0
    for i in range(5):
        try:
            if i % 2:
                raise ValueError(i)
            total += i
        except ValueError as e:
            total += 100
            continue
        finally:
            total += 1000
    return total
print(loop_with_try())
while True:
    try:
        break
    finally:
        print('while finally')
