print('a', 'b', 'c')
print('a', 'b', sep='-')
print('no newline', end='')
print(' <- joined')
print('x', 'y', sep='', end='!\n')
print()
print(1, [2], (3,), {4: 5}, None, sep=' | ')
print(*range(5))
print(*'abc', sep=',')
import sys
print('to stdout', file=sys.stdout)
class W:
    def __init__(self):
        self.buf = []
    def write(self, s):
        self.buf.append(s)
w = W()
print('captured', 42, file=w)
print(w.buf)
