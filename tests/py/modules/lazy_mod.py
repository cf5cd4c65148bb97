# A module with a module-level __getattr__ (PEP 562), imported by
# import_module_getattr.
calls = []
REAL = 1


def __getattr__(name):
    calls.append(name)
    if name.startswith("lazy_"):
        return name[5:].upper()
    raise AttributeError("no attribute " + name)
