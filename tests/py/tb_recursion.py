def down(n):
    return down(n + 1) + 1


try:
    down(0)
except RecursionError as e:
    print('RecursionError is a RuntimeError:', isinstance(e, RuntimeError))
print('recovered')
