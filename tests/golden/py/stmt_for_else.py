def primes(limit):
    found = []
    for n in range(2, limit):
        for p in found:
            if n % p == 0:
                break
        else:
            found.append(n)
    return found


def search(words, letter):
    for index, word in enumerate(words):
        if word.startswith(letter):
            result = index
            break
    else:
        result = None
    return result


for _ in ():
    pass
else:
    print("empty loop else")
print(primes(30), search(["ant", "bee"], "b"), search(["ant"], "z"))
