from a import b
from a.b import c, d
from a import b as c, d as e
from a import (b, c)
from a import (b, c,)
from a import b,
from a import *
from . import x
from .. import y
from .a import b
from ..a.b import c
from ... import z
from ...a import b
from .... import w
from . import (p as q)
