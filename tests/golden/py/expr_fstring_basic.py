name = "world"
count = 3
ratio = 0.12345
items = [1, 2, 3]
print(f"hello {name}")
print(f"{count} items, ratio {ratio}")
print(f"{count + 1} {count * 2} {items[0]} {items[-1]} {len(items)}")
print(f"{{literal braces}} and {name}")
print(f'single quoted {name!r}')
print(f"""triple {name}
second line {count}""")
print(f"")
print(f"no fields")
print(f"{name.upper()}" if True else "")
