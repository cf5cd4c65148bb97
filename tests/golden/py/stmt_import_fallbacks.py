# Optional imports guarded by try/except, as libraries do.
try:
    from typing import List, Optional
except ImportError:
    pass

try:
    import ujson as json
except ImportError:
    import json

try:
    from os import uname
    HAVE_UNAME = True
except (ImportError, AttributeError):
    HAVE_UNAME = False

__version__ = "0.0.0+auto.0"
__repo__ = "https://example.invalid/project.git"


def describe() -> "Optional[str]":
    return "%s (%s)" % (__version__, "uname" if HAVE_UNAME else "no uname")


if __name__ == "__main__":
    print(describe(), json.dumps({"v": __version__}))
