a = "a" "b"
b = "abc" 'def'
c = ("long string part one "
     "part two")
d = b"x" b"y"
e = """triple
quoted"""
g = r"raw\n" "cooked\n"
