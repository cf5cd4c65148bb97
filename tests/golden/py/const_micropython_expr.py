# const() values built from other constants and folded at compile time.
import micropython
from micropython import const

_BASE = const(0x40)
_REG_CTRL = const(_BASE + 1)
_REG_STATUS = const(_BASE + 2)
_FLAG_A = const(1 << 0)
_FLAG_B = const(1 << 1)
_FLAG_C = const(1 << 7)
_ALL = const(_FLAG_A | _FLAG_B | _FLAG_C)
_NOT_A = const(~_FLAG_A & 0xFF)
_DIV = const(1000 // 7)
_MOD = const(-1000 % 7)
_POW = const(2 ** 10)
_SHR = const(-256 >> 3)
_LONG = micropython.const(0x7FFFFFFF)
_NAMED = const("name")
_TUP = const((1, 2, 3))
_FL = const(2.5)

status = _REG_STATUS | _ALL
print(_REG_CTRL, status, _NOT_A, _DIV, _MOD, _POW, _SHR)
print(_LONG, _NAMED, _TUP, _FL)
