# CR LF line ends with f-strings whose arguments the lexer injects.
x = 1
y = "two"
print(f"{x}"
      f"{y}")
z = f"""{x}
{y!r}
{f'{x}'}"""
print(z, len(z))
w = (f"{x}",
     f"{y}")
print(w)
if x:
    print(f"{x + 1}")
print(f"end {y}")