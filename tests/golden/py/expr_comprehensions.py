nums = range(10)
squares = [n * n for n in nums]
evens = [n for n in nums if n % 2 == 0]
pairs = [(a, b) for a in range(3) for b in range(3) if a != b]
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
flat = [x for row in matrix for x in row]
index = {n: n * n for n in nums if n > 5}
inverted = {v: k for k, v in index.items()}
letters = {c for c in "mississippi"}
gen = (n * 2 for n in nums)
total = sum(n for n in nums if n % 3)
nested_cond = [x if x > 2 else -x for x in nums if x != 5]
print(squares, evens, pairs, matrix, flat)
print(index, inverted, sorted(letters), list(gen), total, nested_cond)
