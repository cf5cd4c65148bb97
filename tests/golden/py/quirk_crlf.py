# Windows line endings.
def f(x):
    if x:
        return "yes"
    return "no"


text = """a
b"""
print(f(1), f(0), len(text))
