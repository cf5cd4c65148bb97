# A quote right after "{{": MicroPython closes the string there,
# CircuitPython reads it as part of the string.
print(f"a{{" "b")
