x = f'{a}' + y; z = 2
