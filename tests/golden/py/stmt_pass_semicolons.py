a = 1; b = 2; c = a + b;
if a: pass
while False: pass
for i in (): pass
def f(): pass
class K: pass
def g(x): return x; print("not reached")
if a == 1: a += 1; b += 1
else: a -= 1
try: raise ValueError
except ValueError: c = -1
finally: pass
print(a, b, c, f(), g(3), K)
