# A nested f-string then another argument: CircuitPython appends the
# inner arguments to the outer call's and calls the result.
x = 1
print(f"{f'{x}'}", f"{x}")
