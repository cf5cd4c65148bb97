yield from range(3)
