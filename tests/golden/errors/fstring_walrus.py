items = [1]
s = f"{(n := len(items))} {n}"
