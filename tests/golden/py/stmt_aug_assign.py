def all_ops(x):
    x += 3
    x -= 1
    x *= 4
    x //= 3
    x %= 7
    x **= 2
    x <<= 3
    x >>= 1
    x &= 0xFF
    x |= 0x100
    x ^= 0x0F
    y = float(x)
    y /= 4
    return x, y


class C:
    def __init__(self):
        self.n = 1
        self.items = [1, 2, 3]


c = C()
c.n += 10
c.items[0] += 5
c.items[1:2] += [9]
d = {"k": 1}
d["k"] *= 7
s = "ab"
s += "cd"
t = (1,)
t += (2,)
print(all_ops(5), c.n, c.items, d, s, t)
