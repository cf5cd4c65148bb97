# Names that are special in CPython are plain names to the compiler here.
ns = {}
exec("y = 2 * 3", ns)
value = eval("1 + 2")
g = globals()
l = locals()
name = __name__
file_known = "__file__" in g
builtins_name = type(len).__name__
print(ns.get("y"), value, name, file_known, builtins_name, g is l)
