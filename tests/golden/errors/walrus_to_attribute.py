class O: pass
if (O.x := 1):
    pass
