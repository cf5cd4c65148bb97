print(f'{a}',
      f'{b}')
c = 1
