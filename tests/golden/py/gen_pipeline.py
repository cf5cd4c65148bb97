def read_lines(text):
    for line in text.split("\n"):
        yield line


def strip_comments(lines):
    for line in lines:
        pos = line.find("#")
        if pos >= 0:
            line = line[:pos]
        line = line.strip()
        if line:
            yield line


def tokenize(lines):
    for lineno, line in enumerate(lines, 1):
        for word in line.split():
            yield lineno, word


def take(n, it):
    for i, item in enumerate(it):
        if i >= n:
            break
        yield item


SOURCE = """
set a 1   # first
set b 2
# nothing
add a b
print a
"""
print(list(take(6, tokenize(strip_comments(read_lines(SOURCE))))))
