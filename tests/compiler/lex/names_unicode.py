café = 1
日本 = café
été_2 = Δx
