print(1 == 1.0, 2 < 2.5, 3 >= 3.0)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
print((1, 2) == (1, 2), (1, 'a') < (1, 'b'), () < (0,))
print('abc' < 'abd', 'a' < 'B', 'Z' < 'a', 'abc' == 'abc')
print(1 != 'a', [] == (), {} == {})
try:
    1 < 'a'
except TypeError as e:
    print('TypeError', e)
try:
    [1] < (1,)
except TypeError as e:
    print('TypeError', e)
print(None == 0, None is not None)
