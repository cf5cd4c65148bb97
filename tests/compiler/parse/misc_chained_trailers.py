a.b(c)[d].e(f)(g)[h:i].j
x = y()()()
z = w[1][2][3]
