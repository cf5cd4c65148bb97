a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a is c, a != b, a < [1, 2, 4], (1, 2) <= (1, 2), "abc" > "abd")
print(1 == 1.0, 0 == False, None == 0, [] == (), {} == {}, {1} <= {1, 2}, b"a" < b"b")
print(max("apple", "pear", key=len), min([(2, "b"), (1, "z")]), sorted(["b", "A", "a"]))
x = 5
print(1 < x < 10, 1 < x > 4, x == 5 == 5.0, not 1 < x, (1 < x) + (x < 10))
