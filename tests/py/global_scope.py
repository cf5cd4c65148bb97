counter = 0
def inc():
    global counter
    counter += 1
for _ in range(5):
    inc()
print(counter)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def uses_before_assign():
    try:
        print(local_var)
    except NameError as e:
        print('NameError', type(e).__name__)
    local_var = 1
    return local_var
print(uses_before_assign())
def make_global():
    global created
    created = 'yes'
make_global()
print(created)
del created
try:
    created
except NameError as e:
    print(e)
x = 1
def outer():
    x = 2
    def inner():
        return x
    return inner()
print(outer(), x)
class C:
    x = 10
    y = x * 2
    z = [x for x in range(3)]
print(C.y, C.z)
print(__name__)
