x = ()
x = ((),)
x = ((), ())
x = (1, ())
if ():
    pass
x = () or y
