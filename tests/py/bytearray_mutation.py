ba = bytearray(b'0123456789')
del ba[0]
del ba[-1]
print(ba)
del ba[::2]
print(ba)
ba[1:3] = b''
print(ba)
ba[0:0] = [65, 66]
print(ba)
ba[len(ba):] = bytearray(b'!!')
print(ba)
ba[::2] = b'wxyz'[:len(ba[::2])]
print(ba)
ba[1:2] = memoryview(b'MV')
print(ba)
ba[:] = range(3)
print(ba)
def set_slice(sl, v):
    ba[sl] = v
def del_item(i):
    del ba[i]
for bad in [lambda: set_slice(slice(0, 1), 5), lambda: set_slice(slice(0, 1), 'str'), lambda: set_slice(slice(None, None, 2), b'toolong'),
            lambda: set_slice(slice(0, 1), [256]), lambda: del_item(10), lambda: ba.pop(10), lambda: ba.remove(99), lambda: bytearray().pop()]:
    try:
        bad()
        print('no error', ba)
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
b2 = bytearray(b'abc')
b2[1:1] = b2
print(b2)
b2.insert(-1, ord('Z'))
b2.insert(100, ord('E'))
b2.insert(-100, ord('S'))
print(b2, b2.pop(), b2.pop(0), b2.pop(-2), b2)
b2.reverse()
c = b2.copy()
c.append(33)
print(b2, c, c is not b2)
b2.clear()
print(b2, len(b2), bytearray(b'x') + b'y', b'y' + bytearray(b'x'))
