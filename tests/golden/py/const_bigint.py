# Integers that do not fit in a small int are stored as constants.
edge_pos = 0x3fffffff
edge_neg = -0x40000000
just_over = 0x40000000
just_under = -0x40000001
word = 0xffffffff
dword = 0xffffffffffffffff
huge = 123456789012345678901234567890123456789012345678901234567890
negative_huge = -98765432109876543210987654321
power = 2 ** 200
factorial_30 = 265252859812191058636308480000000
mersenne = (1 << 127) - 1
print(edge_pos, edge_neg, just_over, just_under)
print(word, dword, huge, negative_huge)
print(power, factorial_30, mersenne)
print(huge * huge, huge // 7, huge % 1000003)
