a = 1 < 2
b = 1 == 1
c = "a" in "abc"
d = 1 is 1
e = not 1 < 2
