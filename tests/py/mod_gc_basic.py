import gc
gc.collect()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
x = [list(range(10)) for _ in range(10)]
del x
print(gc.collect() is None or isinstance(gc.collect(), int))
