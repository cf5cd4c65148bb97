base = {}
merged = {**base, 'k': 1}
