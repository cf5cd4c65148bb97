# Loops over range() with literal and computed bounds and steps.
def forms(n, step):
    out = []
    for i in range(5):
        out.append(i)
    for i in range(2, 6):
        out.append(i)
    for i in range(10, 0, -2):
        out.append(i)
    for i in range(0, n, step):
        out.append(i)
    for i in range(n):
        if i == 2:
            continue
        if i == 4:
            break
        out.append(-i)
    else:
        out.append("never")
    for i in range(-3, 3, 1):
        out.append(i)
    for i in range(n, 0, -1):
        pass
    for i in range(0, 5, 0 + 2):
        out.append(i * 100)
    for i in range(*(1, 3)):
        out.append(i * 1000)
    return out, i


def range_target_forms(a):
    for a[0] in range(3):
        pass
    for a[1], a[2] in [(1, 2)]:
        pass
    return a


print(forms(7, 3), range_target_forms([0, 0, 0]))
