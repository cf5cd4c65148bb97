s = 'The quick brown fox'
words = s.split()
print(words, len(words))
print(' '.join(reversed(words)))
print(s.lower().count('o'), s.find('quick', 2), s.find('quick', 5), s.rfind('o', 0, 15))
print('abcabc'.rindex('b'), 'abc'.endswith('bc', 0, 3), 'abc'.startswith('b', 1))
print(''.split(','), ' '.split(), 'a'.split('a'))
print('a\tb c\n'.split(), '1 2  3'.split(' '))
print('x'.join('abc'), ','.join(str(i) for i in range(4)))
print('ab' < 'abc', max('abc'), min('cab'), sorted('cba'))
print('Hello'.replace('l', ''), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'))
print('  x  '.strip(' x'), 'www.example.com'.strip('cmowz.'))
print('aBc'.upper().lower(), 'hello world'.title())
print(str(), str('x'), str(b'ab', 'utf-8'))
try:
    'abc'.index('z')
except ValueError as e:
    print('ValueError', e)
try:
    'a' + 1
except TypeError as e:
    print('TypeError', e)
