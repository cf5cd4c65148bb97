from . import sibling
from .helpers import util, tool as t
from .. import parent_mod
from ..pkg.sub import thing
from ... import grand
from .... import great as g
from .mod import (a, b,
                  c)
from . import x as y, z


def use():
    return sibling, util, t, parent_mod, thing, grand, g, a, b, c, y, z
