import json
import io
buf = io.StringIO()
json.dump({'a': [1, 2]}, buf)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
buf2 = io.StringIO()
json.dump([1, 2], buf2, separators=(',', ':'))
print(buf2.getvalue())
