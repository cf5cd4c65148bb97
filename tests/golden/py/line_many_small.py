def stepwise(n):
    a = n
    a += 1
    a *= 2
    a -= 3

    a //= 2


    a %= 100



    a <<= 1




    a >>= 1
    b = a; c = b; d = c
    e = (d
         + 1)
    return e


def one_liner(x): return x + 1


print(stepwise(10), one_liner(1))
