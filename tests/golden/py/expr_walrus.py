def scan(data):
    out = []
    i = 0
    while (n := len(data) - i) > 0:
        if (chunk := data[i:i + 3]) and n > 1:
            out.append(chunk)
        i += 3
    return out


def first_even(values):
    if any((hit := v) % 2 == 0 for v in values):
        return hit
    return None


squares = [y for x in range(6) if (y := x * x) > 4]
print(scan("abcdefgh"), first_even([1, 3, 4, 5]), squares, (z := 10), z)
