f'{a} and {b}'
