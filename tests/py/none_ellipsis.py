print(None, repr(None), type(None).__name__)
print(None is None, None == None, None != 0)
print(..., Ellipsis is ...)
def f():
    pass
print(f())
x = None
if x is None:
    print('is none')
print(NotImplemented)
