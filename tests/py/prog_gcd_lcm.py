def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a * b // gcd(a, b)
print(gcd(48, 18), gcd(17, 5), lcm(4, 6), lcm(21, 6))
from_list = 1
for i in range(1, 21):
    from_list = lcm(from_list, i)
print(from_list)
import math
print(math.gcd(2 ** 40, 6 ** 20), math.factorial(20))
