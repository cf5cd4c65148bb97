# libs: datetime
# expected: cpython
# adafruit_datetime: date, time, datetime, timedelta and timezone arithmetic,
# ordinals, ISO formats, comparisons, replace(), ctime(), hashing in dicts.
from adafruit_datetime import date, datetime, time, timedelta, timezone

d = datetime(2024, 2, 28)
for i in range(3):
    x = (d + timedelta(days=i)).date()
    print(x, x.weekday(), x.isoweekday(), x.toordinal(), x.isoformat(), repr(x))
print(date.fromordinal(738000), date(1, 1, 1).toordinal(), date.fromordinal(1))
print(datetime(2024, 3, 1).replace(day=31), datetime(2024, 1, 31).replace(month=2, day=29))
print(date.fromisoformat("2021-07-04"), date(2021, 7, 4).timetuple()[:3])
print(date(2000, 1, 1) < date(2000, 1, 2), date(2000, 1, 1) == date(2000, 1, 1), max(date(1999, 5, 5), date(1999, 1, 9)))
for bad in [(2023, 2, 29), (2023, 13, 1), (0, 1, 1)]:
    try:
        date(*bad)
    except ValueError as e:
        print("ValueError:", e)

td = timedelta(days=1, hours=25, minutes=61, seconds=3661, microseconds=1500000)
print(td, td.days, td.seconds, td.microseconds, td.total_seconds())
print(-td, td * 2, 3 * td, td // 3, td // timedelta(hours=1), td % timedelta(hours=7))
print(divmod(td, timedelta(hours=10)))
print(timedelta(weeks=2) > timedelta(days=13), timedelta(0) == timedelta(), bool(timedelta(0)), bool(td))
print(timedelta(hours=-1), timedelta(seconds=-0.5), timedelta(days=-1, seconds=1), timedelta(milliseconds=1.5))
print(repr(timedelta(days=3, seconds=7)), repr(timedelta(0)), timedelta(days=-3, hours=2) + timedelta(hours=-2))

t = time(13, 5, 9, 250)
print(t, t.hour, t.minute, t.second, t.microsecond, t.isoformat(), repr(time(1, 2)))
print(time(23, 59, 1, 500000).isoformat(), time.fromisoformat("04:23:01"), time.fromisoformat("04:23:01.000384"))
print(time(0) < time(0, 0, 1), time(5) == time(5, 0), hash(time(5)) == hash(time(5, 0, 0)))
tz = timezone(timedelta(hours=-5), "EST")
t2 = time(8, 30, tzinfo=tz)
print(t2, t2.utcoffset(), t2.tzname(), t2.isoformat())

dt = datetime(2020, 12, 31, 23, 59, 30)
print(dt, dt + timedelta(seconds=45), dt - timedelta(days=366), dt.date(), dt.time())
print(dt.isoformat(), dt.isoformat(" "), datetime.fromisoformat("2011-11-04T00:05:23"))
print(datetime.fromisoformat("2011-11-04 00:05:23.283000"), repr(datetime(2001, 2, 3, 4, 5, 6, 7)))
print(dt.replace(year=2021, second=0), dt.toordinal(), dt.weekday(), dt.ctime())
print(datetime(2021, 1, 1) - dt, dt - datetime(2020, 1, 1, 0, 0, 0), timedelta(hours=1) + dt)
print(datetime.combine(date(2022, 6, 1), time(12, 0)), datetime(2022, 6, 1) > datetime(2022, 5, 31, 23))
aware = datetime(2022, 3, 4, 5, 6, 7, tzinfo=timezone.utc)
print(aware, aware.utcoffset(), aware.isoformat())
est = datetime(2022, 3, 4, 0, 6, 7, tzinfo=tz)
print(est, est.utcoffset(), aware == est, aware - est)
print(timezone(timedelta(hours=5, minutes=30)), timezone.utc, timezone.min, timezone.max)
print(timezone(timedelta(hours=1)).tzname(None), timezone(timedelta(hours=-3), "X") == timezone(timedelta(hours=-3)))
print(datetime(2000, 2, 29).timetuple())
print(aware.timestamp(), datetime(2024, 1, 1, 12, tzinfo=timezone.utc).timestamp())
for bad in ["2011-1-4", "12:60:00"]:
    try:
        (date if "-" in bad else time).fromisoformat(bad)
    except ValueError as e:
        print("ValueError")

days = {}
for i in range(10):
    k = (datetime(2024, 1, 1) + timedelta(days=i * 4)).date()
    days.setdefault(k.month, []).append(k.day)
print(days, date(2024, 1, 1) in {date(2024, 1, 1)}, len({datetime(2024, 1, 1), datetime(2024, 1, 1, 0)}))
print(sorted([date(2021, 5, 1), date(2020, 5, 1), date(2021, 1, 1)]))
print(sorted([timedelta(hours=5), timedelta(minutes=-1), timedelta(0)]))
