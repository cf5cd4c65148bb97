x, y = 3, 4.5
items = ['a', 'b']
d = {'k': 'v'}
print(f'{x}+{y}={x + y}', f'{items[0]}{items[-1]}', f"{d['k']}", f'{len(items)}')
print(f'{x:03d}', f'{y:8.2f}|', f'{"s":>4}', f'{x!r}', f'{"q"!r}')
w = 6
print(f'{y:{w}.1f}|', f'{x:{"<"}{w}}|')
print(f'{x * 2 if x > 2 else 0}', f'{[i for i in range(3)]}')
print(f'{{braces}} {x}')
print(f'{1_000_000:,}', f'{0.25:.0%}', f'{255:#06x}')
