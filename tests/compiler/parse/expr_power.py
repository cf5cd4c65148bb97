x = a ** b
x = a ** b ** c
x = -a ** b
x = a ** -b
x = (-a) ** b
x = a.b ** c[d]
x = await_ ** 2
