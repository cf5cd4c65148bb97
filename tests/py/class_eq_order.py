# Which __eq__ runs: the right operand's first when its class derives from
# the left one's, both asked before identity decides, and derived builtins
# falling back to the builtin comparison.
class A:
    def __eq__(self, o):
        print("A.eq")
        return NotImplemented


class B(A):
    def __eq__(self, o):
        print("B.eq")
        return True


class Never:
    def __eq__(self, o):
        return False


a, b, n = A(), B(), Never()
print(a == b, b == a, a == a, a == 1, 1 == a, a != b)
print(n == n, n in [n], [n] == [n], {n: 1}[n] if False else "skip")
class M(list):
    pass


class S(str):
    def __eq__(self, o):
        return str.__eq__(self, o.lower()) if isinstance(o, str) else NotImplemented
    __hash__ = str.__hash__


print(M([1]) == [1], [1] == M([1]), M() == (), M([1]) in [[1]], S("ab") == "AB", "AB" == S("ab"), S("x") == 1)
