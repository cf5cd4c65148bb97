# None, booleans and Ellipsis.
n = None
t = True
f = False
e = ...
e2 = Ellipsis
items = [None, True, False, ...]
print(n, t, f, e, e2 is e, items)
if t and not f and n is None:
    print("ok")
def stub():
    ...
print(stub())
