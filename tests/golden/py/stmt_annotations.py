count: int = 0
name: str
items: list = []


class Point:
    x: float = 0.0
    y: float = 0.0
    label: "str"

    def move(self, dx: float, dy: float = 0.0) -> "Point":
        self.x += dx
        self.y += dy
        return self


def total(*values: int, scale: float = 1.0, **extra: dict) -> float:
    result: float = 0
    for v in values:
        result += v
    return result * scale


obj = Point()
obj.tag: str = "t"
print(count, items, Point().move(1.5).x, total(1, 2, 3, scale=2.0), obj.tag)
