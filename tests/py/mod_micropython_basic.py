import micropython
from micropython import const
X = const(5)
print(X, const('s'))
print(micropython.opt_level())
micropython.opt_level(2)
print(micropython.opt_level())
micropython.opt_level(0)
print(isinstance(micropython.stack_use(), int))
micropython.kbd_intr(3)
micropython.heap_lock()
print(micropython.heap_unlock())
micropython.alloc_emergency_exception_buf(100)
print('ok')
