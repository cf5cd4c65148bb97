s = f"{(lambda: 1)()}"
