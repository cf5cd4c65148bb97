# Integer literals in every base.
dec = 1234567890
hex_lower = 0xdeadbeef
hex_upper = 0XCAFEBABE
oct_lower = 0o755
oct_upper = 0O17
bin_lower = 0b1010
bin_upper = 0B1111_0000
zero = 0
zeros = 000
neg = -42
print(dec, hex_lower, hex_upper, oct_lower, oct_upper)
print(bin_lower, bin_upper, zero, zeros, neg)
print(0x7f, 0x80, 0xff, 0x100, 0x3fff, 0x4000, 0x3fffffff, 0x40000000)
