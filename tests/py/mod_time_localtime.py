import time
t = time.localtime(0)
print(tuple(t)[:8])
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday)
t = time.localtime(1700000000)
print(tuple(t)[:8])
t = time.localtime(951782400)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday)
print(len(t), t[0], t[1])
