import pkg
print(pkg.PKG_NAME, pkg.twice(21))
import pkg.sub
print(pkg.sub.LEVEL)
from pkg import other
print(other.describe())
from pkg.sub import twice as t
print(t(5))
import pkg.other as po
print(po is other)
