import io
s = io.StringIO('0123456789')
s.seek(5)
print(s.read(2), s.tell())
s.seek(2)
s.write('ab')
print(s.getvalue())
s.seek(0)
print(s.readline(3), s.readline(100))
