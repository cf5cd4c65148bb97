ba = bytearray(b'abcdef')
m = memoryview(ba)
m[0] = 65
m[-1] = 70
print(ba)
m[1:3] = b'XY'
print(ba)
m[3:5] = bytearray(b'12')
print(ba)
s = m[2:]
s[0] = 33
print(ba)
m[::2] = b'***'
print(ba)
m[1:4] = m[0:3]
print(ba)
m[:] = memoryview(b'zzzzzz')
print(ba, m.tobytes())
ba[0] = 48
print(m[0], m.tobytes())
