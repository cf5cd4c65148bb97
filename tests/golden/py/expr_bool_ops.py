def logic(a, b, c):
    return (a and b, a or b, a and b or c, a or b and c, not a and b,
            (a or b) and (b or c), a and (b or c) and not c)


def short_circuit(items):
    return items and items[0] or None


x = 0 or "" or [] or "fallback"
y = 1 and 2 and 3
z = None or 0
print(logic(1, 0, 2), logic(0, 0, 0), short_circuit([]), short_circuit([7]), x, y, z)
if x and y or z:
    print("truthy")
while not (x and not y):
    break
