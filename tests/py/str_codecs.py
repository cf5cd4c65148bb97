for data in [b'\xff', b'ab\xc3', b'\xe0\x80', b'ok\xc3\xa9', b'\xed\xa0\x80']:
    for err in ['strict', 'ignore', 'replace']:
        try:
            print(repr(data.decode('utf-8', err)))
        except UnicodeError as e:
            print('UnicodeError', e)
for s in ['abc', 'é', '€', '\U0001F600']:
    for enc in ['ascii', 'latin-1', 'utf-8']:
        try:
            print(s.encode(enc), s.encode(enc, 'replace'), s.encode(enc, errors='ignore'))
        except UnicodeError as e:
            print('UnicodeError', e)
print(b'\xe9'.decode('latin-1'), str(b'\xe9t\xe9', 'latin1'), bytes('é', 'latin-1'), 'x'.encode(encoding='ASCII'))
try:
    'x'.encode('klingon')
except LookupError as e:
    print('LookupError', e)
