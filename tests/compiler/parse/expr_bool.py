x = a or b
x = a and b
x = a or b or c
x = a and b and c
x = a or b and c
x = not a or b
x = (a or b) and c
x = not not a
