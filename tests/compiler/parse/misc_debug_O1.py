if __debug__:
    print("debug")
x = __debug__
y = not __debug__
assert x
z = __debug__ and f()
