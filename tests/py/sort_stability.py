people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people))
words = ['banana', 'Apple', 'cherry', 'apple']
print(sorted(words), sorted(words, key=str.lower))
nums = [5, 3, 8, 1, 9, 2, 7]
nums.sort()
print(nums)
print(sorted(nums, reverse=True))
print(sorted([3.5, 1, 2.25, -1]))
print(sorted({'b': 1, 'a': 2}))
print(sorted(range(20), key=lambda x: x % 3))
big = list(range(200, 0, -1))
big.sort()
print(big[:5], big[-3:])
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError', e)
