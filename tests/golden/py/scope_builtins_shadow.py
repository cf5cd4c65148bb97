def shadow_len(seq):
    len = 0
    for _ in seq:
        len += 1
    return len


def uses_builtins(seq):
    return len(seq), max(seq), min(seq), sum(seq), list(reversed(seq))


print = print
list = list


def module_shadow():
    return list("ab")


print(shadow_len("abc"), uses_builtins([3, 1, 2]), module_shadow())
