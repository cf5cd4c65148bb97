s = 'abc'
for i, c in enumerate(s):
    print(i, c)
print([c * 2 for c in s], list(reversed(s)), ''.join(sorted('hello')))
print(s[0] + s[-1], s * 0, s[10:], s[-10:])
counts = {}
for ch in 'banana':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print('a,b;c'.replace(';', ',').split(','))
print(' '.join(w.capitalize() for w in 'hello big world'.split()))
print(str(1) + str(2.5) + str(None) + str([1]) + str((1,)) + str({1: 2}))
print('abc'.upper() == 'ABC', 'x' < 'y' < 'z', 'ab' in 'cabd')
vowels = sum(1 for c in 'programming language' if c in 'aeiou')
print(vowels)
