f'{a}' 'b{' f'{c}' "d"
x = 1
