from array import array
a = array('i', [1, 2, 3])
print(a == array('i', [1, 2, 3]), a != array('i', [1, 2, 3]))
print(a == array('b', [1, 2, 3]), a == array('d', [1.0, 2.0, 3.0]))
print(a == [1, 2, 3], a != [1, 2, 3], a == 'abc')
print(a < array('i', [1, 2, 4]), a < array('i', [1, 2]), a <= a, a > array('b', [0, 9]))
print(a >= array('i', [1, 2, 3, 0]), array('i') < a, array('i') == array('d'))
print(sorted([array('b', [3]), array('b', [1, 5]), array('b', [1])]))
