# Underscores as digit separators.
million = 1_000_000
mask = 0xFF_FF_00_00
perm = 0o7_5_5
bits = 0b_1010_0101
grouped = 12_34_56
fl = 1_000.000_1
ex = 1_0e1_0
print(million, mask, perm, bits, grouped, fl, ex)
