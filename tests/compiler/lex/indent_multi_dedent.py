def f():
  if x:
    while y:
      pass
z = 0
