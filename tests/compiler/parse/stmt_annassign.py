x: int
y: int = 5
z: list = [1, 2]
a.b: str = "s"
a[0]: float
t: tuple = 1, 2
g: int = yield
def f():
    v: "ann" = 1
