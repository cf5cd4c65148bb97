m = memoryview(b'abcdefgh')
s = m[2:6]
print(s.tobytes(), len(s), s[0], s.obj)
print(s[1:3].tobytes(), s[::-1].tobytes(), m[::3].tobytes(), m[-2:].tobytes())
print(m[::-2].tolist(), m[5:1:-2].tobytes(), m[4:4].tobytes(), len(m[10:]))
print(bytes(m[1::2]), memoryview(m[1:])[1:].tobytes())
print(s.nbytes, m[::2].nbytes)
