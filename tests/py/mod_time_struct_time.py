import time
t = time.localtime(86400 * 365)
print(type(t).__name__)
y, mo, d, h, mi, s, wd, yd, dst = t
print(y, mo, d, h, mi, s, wd, yd)
print(t[0:3], t.tm_yday)
