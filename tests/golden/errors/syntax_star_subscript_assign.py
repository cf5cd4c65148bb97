grid = {}
grid[*key] = 1
