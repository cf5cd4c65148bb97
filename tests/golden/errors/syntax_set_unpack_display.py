items = []
s = {*items, 1}
