# t-strings: MicroPython 1.28 lexes them into a call of __template__ with
# the string parts, then per field the value, its text, the conversion and
# the format spec; CircuitPython has no t-strings.
x = 42
w = 8
name = "cpy"
d = {"k": 1}
print(t"")
print(t"no fields")
print(t"a{x}b")
print(t"{x}{name}")
print(rt"raw \d {x} \n")
print(tr"{x}\t")
print(t"{x!r} {x!s} {x!r:>10}")
print(t"{x:>{w}} {x:{w}.{w}} {x:{{w}}}")
print(t"{x=} {x=:>4} {x=!s}")
print(t"{x }|{ x}")
print(t"{{literal}} }} {{")
print(t"\t\x41\"{x}\\")
print(t"{d['k']}", t'{d["k"]}')
print(t"""one
{x}
two""")
