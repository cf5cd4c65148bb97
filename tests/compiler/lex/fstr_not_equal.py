f'{a!=b} {c!r}'
