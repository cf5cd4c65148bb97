# return/break/continue through finally, and what wins
def ret_in_finally():
    try:
        return 'try'
    finally:
        print('finally runs')

def finally_overrides():
    try:
        return 1
    finally:
        return 2

def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'

print(ret_in_finally(), finally_overrides(), swallow())

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
    out = []
    for i in range(3):
        try:
            try:
                if i == 0:
                    raise KeyError(i)
                out.append(('ok', i))
            finally:
                out.append(('inner', i))
        except KeyError as e:
            out.append(('caught', e.args[0]))
        else:
            out.append(('else', i))
        finally:
            out.append(('outer', i))
    return out
print(nested())

def loop_return():
    while True:
        try:
            try:
                return 'from loop'
            finally:
                print('inner fin')
        finally:
            print('outer fin')
print(loop_return())

def exc_var_cleared():
    e = 'before'
    try:
        raise TypeError('x')
    except TypeError as e:
        pass
    try:
        print(e)
    except NameError:
        print('e unbound after except')
exc_var_cleared()

def raise_in_finally():
    try:
        try:
            raise ValueError('first')
        finally:
            raise KeyError('second')
    except KeyError as e:
        print('got', repr(e))
raise_in_finally()

count = 0
while count < 5:
    count += 1
    try:
        if count % 2:
            continue
    finally:
        print('w', count)
print('count', count)
