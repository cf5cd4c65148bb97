# No newline at the end of the file.
def f():
    return 42
print(f())