def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            break
        i += 1
    else:
        return -1
    return i


def countdown(n):
    out = []
    while n:
        n -= 1
        if n % 2:
            continue
        out.append(n)
    else:
        out.append("done")
    return out


def forever():
    n = 0
    while True:
        n += 1
        if n > 5:
            return n


def never():
    while False:
        print("unreachable")
    while 0:
        pass
    return "skipped"


print(find([1, 2, 3], 2), find([1, 2, 3], 9), countdown(6), forever(), never())
