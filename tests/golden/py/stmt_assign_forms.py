a = b = c = 1
x, y = 1, 2
x, y = y, x
(p, q), r = (3, 4), 5
[m, n] = "mn"
i, = [9]
first, *middle, last = range(6)
*init, tail = "hello"
head, *rest = (1,)
(u, *v), w = [1, 2, 3], 4
obj = type("O", (), {})()
obj.a, obj.b = 1, 2
lst = [0, 0, 0]
lst[0], lst[2] = "x", "z"
lst[1:2] = x, y
d = {}
d["k"], d["j"] = d["j"], d["k"] = 5, 6
print(a, b, c, x, y, p, q, r, m, n, i, first, middle, last, init, tail, head, rest, u, v, w)
print(obj.a, obj.b, lst, d)
