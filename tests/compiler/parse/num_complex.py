a = 1j
b = 1.5j
c = 0j
d = 1e3j
e = 1 + 2j
f = 1j * 1j
g = -1j
h = 3J
