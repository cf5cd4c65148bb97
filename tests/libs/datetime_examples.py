# libs: datetime
# extra: datetime/examples/datetime_simpletest.py datetime/examples/datetime_time.py datetime/examples/datetime_timedelta.py
# expected: cpython
# filter: s/^(Current time \(GMT \+1\): ).*/\1<now>/
# adafruit_datetime's own examples, run unchanged.
import datetime_simpletest
import datetime_time
import datetime_timedelta
