# A package with a submodule and a relative import.
from .sub import twice
PKG_NAME = 'pkg'
