a.b
a.b.c
a.b.c.d()
a().b
a[0].b
a.b[0].c(1).d
x = obj.attr
obj.attr = 1
