# Small integers around the encoding boundaries of the bytecode.
values = [
    -17, -16, -15, -1, 0, 1, 47, 48, 63, 64,
    -64, -65, 127, 128, -128, -129, 255, 256,
    8191, 8192, -8192, -8193, 1048575, 1048576,
    134217727, 134217728, -134217728, -134217729,
    1073741823, -1073741824,
]
total = 0
for v in values:
    total += v
print(values, total)
