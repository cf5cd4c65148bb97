# exec, eval and compile at run time.
print(eval("1 + 2 * 3"))
print(eval("  [x * x for x in range(5)]"))
g = {"a": 10}
print(eval("a + 1", g))
print(eval("a + b", g, {"b": 5}))
exec("c = a * 2", g)
print(g["c"])
ns = {}
exec("def f(n):\n    return n + 100\nr = f(1)", ns)
print(ns["r"], ns["f"](2))
code = compile("x * 3", "<expr>", "eval")
print(eval(code, {"x": 7}))
code = compile("y = 4\nz = y * y", "<prog>", "exec")
d = {}
exec(code, d)
print(d["y"], d["z"])
x = 5
exec("x = x + 1")
print(x)
print(eval("x"))
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError")
try:
    exec("for")
except SyntaxError:
    print("SyntaxError 2")
try:
    eval("undefined_name")
except NameError as e:
    print("NameError", e)
try:
    exec("1 / 0")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(eval("'text' # comment"))
print(eval("(1,\n 2)"))
