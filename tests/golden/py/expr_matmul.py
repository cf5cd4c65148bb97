class Mat:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self


m = Mat([[1, 2], [3, 4]])
n = Mat([[0, 1], [1, 0]])
p = m @ n
m @= n
print(p.rows, m.rows)
