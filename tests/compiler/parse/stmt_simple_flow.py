while x:
    pass
    break
    continue
for i in y:
    if i:
        continue
    else:
        break
pass
