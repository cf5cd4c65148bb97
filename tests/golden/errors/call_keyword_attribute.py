class O: pass
print(O.end='')
