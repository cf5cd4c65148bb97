# Two t-strings joined: the second one's parts are not opened as a tuple
# of strings, so MicroPython's injected call does not parse.
x = 1
print(t"part" t"{x}")
