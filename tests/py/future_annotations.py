# from __future__ import annotations is accepted; annotations are not evaluated.
from __future__ import annotations


def scale(x: int, k: "float" = 2.0) -> list[int]:
    return [x * k]


class Point:
    x: int = 3
    y: Undefined  # never evaluated

    def move(self, dx: int) -> Point:
        self.x += dx
        return self


print(scale(5), Point().move(2).x, hasattr(Point, "y"))
