x = 1
msg = F"{x}"
