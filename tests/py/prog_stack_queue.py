class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError('pop from empty stack')
        return self._items.pop()
    def __bool__(self):
        return bool(self._items)
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = Stack()
    for c in s:
        if c in '([{':
            st.push(c)
        elif c in pairs:
            try:
                if st.pop() != pairs[c]:
                    return False
            except IndexError:
                return False
    return not st
for s in ['([]{})', '([)]', '((', '', '())']:
    print(repr(s), balanced(s))
def rpn(expr):
    st = []
    ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a / b}
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.append(ops[tok](a, b))
        else:
            st.append(float(tok) if '.' in tok else int(tok))
    return st[0]
print(rpn('3 4 + 2 *'), rpn('5 1 2 + 4 * + 3 -'), rpn('1.5 2 /'))
