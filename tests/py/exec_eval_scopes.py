# exec / eval / compile with explicit globals and locals

print(eval("1 + 2 * 3"), eval("  [x * x for x in range(4)]"))
print(eval("a + b", {"a": 1, "b": 2}))
print(eval("a + b", {"a": 1}, {"b": 10}))
print(eval("a", {"a": "global"}, {"a": "local"}))
print(eval("len(s)", {"s": "abcd"}), eval("abs(-3)", {}))

g = {"x": 5}
exec("y = x * 2", g)
print(g["y"], g["x"])

g2 = {}
l2 = {}
exec("z = 1\nw = z + 1", g2, l2)
print(sorted(l2.items()), "z" in g2)

ns = {}
exec("""
def square(n):
    return n * n

def use_helper(n):
    return helper(n) + 1

def helper(n):
    return square(n) * 2

result = use_helper(3)
""", ns)
print(ns["result"], ns["square"](7), sorted(k for k in ns if not k.startswith("__")))

counter = 0
exec("counter += 1")
exec("counter += 10", globals())
print(counter)

code = compile("p * q", "<expr>", "eval")
print(eval(code, {"p": 6, "q": 7}), eval(code, {"p": "ab", "q": 2}))
stmts = compile("out.append(v)\nv += 1", "<stmts>", "exec")
env = {"out": [], "v": 0}
for _ in range(3):
    exec(stmts, env)
print(env["out"], env["v"])
single = compile("total = 40 + 2", "<single>", "exec")
loc = {}
exec(single, {}, loc)
print(loc)

print(exec("1 + 1"), eval("None"))

outer_val = "module level"

def inside():
    local_val = "function local"
    g_ = {"outer_val": "replaced"}
    return eval("outer_val", g_), eval("local_val", {}, {"local_val": local_val})

print(inside())

dyn = {}
exec("class K:\n    v = 3\n    def m(self):\n        return self.v * 2\nobj = K()", dyn)
print(dyn["obj"].m(), dyn["K"].v)

exec("import math\nr = math.sqrt(16)", dyn)
print(dyn["r"])

for src, mode in [("1 +", "eval"), ("def", "eval"), ("x = = 2", "eval"), ("return 5", "exec"),
                  ("undefined_name", "eval"), ("1/0", "eval"), ("x = 1", "eval"), ("x", "badmode")]:
    try:
        if mode == "badmode":
            compile(src, "<f>", mode)
        elif mode == "eval":
            eval(src, {})
        else:
            exec(src, {})
    except (SyntaxError, NameError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, repr(src))
