value = 12.3456
width = 12
precision = 3
kind = "f"
align = ">"
print(f"{value:{width}}")
print(f"{value:{width}.{precision}}")
print(f"{value:{width}.{precision}{kind}}")
print(f"{value:{align}{width}.{precision}f}|")
print(f"[{'x':{'^'}{width}}]")
rows = [("a", 1), ("bb", 22)]
for label, n in rows:
    print(f"{label:<{width // 2}}{n:>{width // 3}}")
print(f"{f'{value:.1f}':>10}")
