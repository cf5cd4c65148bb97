# Imaginary literals and complex arithmetic.
i = 1j
j = 2.5J
k = 1e3j
m = 0j
z = 3 + 4j
w = (1 - 2j) * (3 + 1j)
print(i, j, k, m, z, w)
print(z.real, z.imag, abs(z))
print(-i, i * i, z == 3 + 4j)
