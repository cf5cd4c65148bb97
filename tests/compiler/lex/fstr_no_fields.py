f'abc'
f''
