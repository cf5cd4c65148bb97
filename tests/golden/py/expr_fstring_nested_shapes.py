# f-strings inside the replacement fields of f-strings, in several shapes.
# CircuitPython's lexer appends a nested f-string's arguments to the outer
# ones (so the result is called, or the arguments shift); MicroPython's
# injects them where they belong.
a = 1
b = "two"
x = 3
w = 6
items = [4, 5]


print(f"{a} {f'{b}'} {a}")
print(f"{f'{x}'}")
print(f"[{f'{x}'!r}]")
print(f"{f'{a}-{b}'} and {f'{x}'}")
print(f"{items[0]} and {f'{items}'}")
print(f"{x:{w}}" f"{f'{x:>{w}}'}")
print(f"{str(f'{a}')}" + f"{b}")
print(f"""{f'{a}' + f"{b}"}""")
