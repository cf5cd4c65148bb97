def level3():
    raise ValueError('deep')
def level2():
    try:
        level3()
    finally:
        print('level2 finally')
def level1():
    try:
        level2()
    except ValueError as e:
        print('level1 caught', e)
        return 'handled'
print(level1())
def cleanup_order():
    log = []
    try:
        try:
            log.append('try')
            raise KeyError
        except KeyError:
            log.append('except')
            raise IndexError
        finally:
            log.append('inner finally')
    except IndexError:
        log.append('outer except')
    return log
print(cleanup_order())
def exc_in_finally():
    try:
        try:
            raise ValueError('first')
        finally:
            raise TypeError('second')
    except TypeError as e:
        return str(e) + ' ctx=' + str(e.__context__)
print(exc_in_finally())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError
        finally:
            break
    return i
print(break_in_finally())
def return_in_loop_try():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print('f', i)
print(return_in_loop_try())
e1 = None
try:
    raise ValueError('keep')
except ValueError as e:
    e1 = e
print(e1, type(e1).__name__)
try:
    assert 1 == 2, 'assertion message'
except AssertionError as e:
    print('AssertionError', e)
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(e))
