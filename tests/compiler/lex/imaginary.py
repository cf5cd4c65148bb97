1j 1J 1.5j 1e3j .5j 0x1j
