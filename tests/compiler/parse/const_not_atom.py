from micropython import const
X = const(1)
def X2(X):
    return X
class K:
    X = 5
o.X = 1
import X
f(X=2)
lambda X: X
