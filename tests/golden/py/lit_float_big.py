# Float literals beyond the double range become inf or zero.
too_big = 1e400
too_big_neg = -1e999
too_small = 1e-400
many_digits = 123456789012345678901234567890.123456789
long_exp = 1.5e0000000000010
nan_ish = too_big - too_big
print(too_big, too_big_neg, too_small, many_digits, long_exp, nan_ish)
print(too_big > 1e308, too_small == 0.0)
