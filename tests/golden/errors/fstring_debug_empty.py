# "{=}": an empty expression once the "=" is taken off.
print(f"{=}")
