import micropython
micropython.heap_lock()
try:
    x = [1, 2, 3] * 100
    print('allocated')
except MemoryError:
    micropython.heap_unlock()
    print('MemoryError')
micropython.heap_unlock()
print(len([1] * 10))
