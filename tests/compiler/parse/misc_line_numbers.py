x = [
    1,
    2,
]
def f(
    a,
    b,
):
    return (
        a
        + b
    )
y = {
    "k":
        f(1,
          2),
}
