from micropython import const
_BASE = const(0x40)
_FLAG = const(_BASE > 10)
