for x in 1, 2:
    pass
for x in (1, 2):
    pass
for x in [1, 2]:
    pass
for x in "ab", "cd":
    pass
for x in 1, y:
    pass
