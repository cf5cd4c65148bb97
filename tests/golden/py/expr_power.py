def powers(b, e):
    return b ** e, pow(b, e), b ** -e if b else 0, (-b) ** e, -b ** e


print(powers(2, 10), powers(3, 3), powers(2.0, 0.5))
print(2 ** 3 ** 2, (2 ** 3) ** 2, 10 ** 0, 0 ** 0)
x = 2
x **= 5
print(x, pow(3, 4, 5))
