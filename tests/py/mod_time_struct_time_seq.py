# time.struct_time(sequence): the constructor takes one 9-item sequence.
import time

t = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0))
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], len(t), tuple(t))
print(t)
u = time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9])
print(u == (1, 2, 3, 4, 5, 6, 7, 8, 9), u.tm_isdst, type(u) is time.struct_time)
print(time.struct_time(x * 2 for x in range(9)).tm_sec)
print(time.struct_time(time.localtime(0)) == time.localtime(0))
for bad in [(1, 2), list(range(12)), 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError", e)
