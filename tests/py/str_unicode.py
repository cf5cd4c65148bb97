s = 'héllo wörld'
print(s, len(s), s[1], s[-4], s[1:5])
print(s.upper())
print(list('aé€'))
print(len('€'), ord('€'), chr(8364))
print('€' in s, 'ö' in s)
print(s.find('w'), s.index('ö'))
print(s.encode())
print(b'caf\xc3\xa9'.decode())
for c in 'ñü':
    print(c, ord(c))
print(repr('ü'), '%s!' % 'ü')
print('{:>6}|'.format('ñ'))
