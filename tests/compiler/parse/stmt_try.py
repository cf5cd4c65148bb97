try:
    a()
except:
    b()
try:
    a()
except E:
    b()
except (E1, E2) as e:
    c(e)
except E3 as e:
    pass
else:
    d()
finally:
    e()
try:
    a()
finally:
    b()
try:
    a()
except E:
    pass
finally:
    pass
try:
    a()
except E:
    pass
else:
    pass
