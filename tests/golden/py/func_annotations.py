# Annotations are parsed and ignored by the bytecode compiler.
from typing import Dict, List, Optional, Tuple, Union


def f(a: int, b: "str" = "x", *args: List[int], c: Optional[float] = None,
      **kwargs: Dict[str, Union[int, str]]) -> Tuple[int, str]:
    total: int = a
    names: List[str]
    return total, b


async def g(x: bytes) -> None:
    y: bytearray = bytearray(x)


lam = lambda x: x
result: Tuple[int, str] = f(1)
print(result, lam(2))
