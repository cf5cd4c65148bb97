s = 'Hello, World'
print(s[7:], s[:5], s[-5:-1], s[::3], s[5:0:-1])
l = list(range(10))
l[::2] = [0] * 5
print(l)
l[1::2] = 'abcde'
print(l)
l[:] = [1, 2]
print(l)
l[len(l):] = [3, 4]
print(l)
l[:0] = [-1]
print(l)
t = tuple(range(6))
print(t[::-2], t[4:1:-1], t[-2:])
b = b'abcdef'
print(b[1:4], b[::-1], bytearray(b)[2:])
print(slice(2), slice(1, 5), slice(None, None, -1))
print(list(range(10))[slice(2, 8, 3)], 'abcdef'[slice(None, None, 2)])
print(slice(1, 10, 2).indices(5))
