import time
print(int(time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, 0)) - time.mktime((1970, 1, 1, 0, 0, 0, 3, 1, 0))))
for secs in (0, 86399, 86400, 951782400, 1700000000, 2000000000):
    t = time.localtime(secs)
    print(secs, int(time.mktime(tuple(t)) - time.mktime(time.localtime(0))))
