counter = 0
nonlocal counter
