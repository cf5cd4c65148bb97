from array import array
class Samples(array):
    def mean(self):
        return sum(self) / len(self)
s = Samples('h', [1, 2, 3, 6])
print(s, s.mean(), len(s), isinstance(s, array))
print(type(s[1:]).__name__, type(s + s).__name__, type(s * 2).__name__)
s.append(8)
print(s[-1], s == array('h', [1, 2, 3, 6, 8]), bytes(s[:2]))
