def arith(a, b):
    return (a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, +b)


def mixed(x, y, z):
    return x * y + z - x / (y - z) ** 2 % 7 // 3


print(arith(17, 5), arith(2.5, 1.5), mixed(3, 4, 5))
