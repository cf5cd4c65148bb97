import gc
gc.collect()
print(gc.mem_free() > 0, gc.mem_alloc() > 0)
data = [list(range(10)) for _ in range(100)]
before = gc.mem_alloc()
data = None
gc.collect()
print(gc.mem_alloc() <= before)
