import micropython

@micropython.asm_thumb
def add1(r0):
    add(r0, r0, 1)
