a = 1; b = 2
a = 1; b = 2;
pass;
x; y; z
if x: a; b
def f(): return 1; pass
