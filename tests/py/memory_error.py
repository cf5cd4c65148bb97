# cpy-run-args: -X heapsize=96k
try:
    big = [0] * 100000
except MemoryError:
    print('MemoryError caught')
keep = []
try:
    while True:
        keep.append('x' * 100 + str(len(keep)))
except MemoryError:
    n = len(keep)
    keep = None
    print('MemoryError after many allocations', n > 10)
total = 0
for i in range(1000):
    total += len([i] * 10)
print('still usable', total)
