s = f'''{a +
  b} and
{c}'''
t = 1
