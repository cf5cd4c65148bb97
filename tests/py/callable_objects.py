class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale
a = Adder(10)
print(a(1), a(1, 2, 3), a(1, scale=2), callable(a), list(map(a, [1, 2])))
class Factory:
    @staticmethod
    def create(kind):
        return {'int': int, 'str': str}[kind]
print(Factory.create('int')('42') + 1, Factory.create('str')(42) + '!')
funcs = {'double': lambda x: 2 * x, 'neg': lambda x: -x}
print({k: f(5) for k, f in funcs.items()})
bound = [].append
print(callable(bound), type(len).__name__ != '')
m = 'abc'.upper
print(m())
