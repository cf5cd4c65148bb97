x = -a
x = +a
x = ~a
x = --a
x = -+~a
x = not -a
x = - (a + b)
