opts = {}
rest = []
print(**opts, *rest)
