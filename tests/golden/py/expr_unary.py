def unary(x):
    return -x, +x, ~x, not x, - -x, ~~x, not not x, -(-x), -+-x


print(unary(5), unary(0), unary(True))
print(-(2 ** 2), (-2) ** 2, -2 ** 2, 2 ** -2, not 1 == 2)
