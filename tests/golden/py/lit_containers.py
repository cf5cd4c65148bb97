# Tuple, list, dict and set displays.
empty_tuple = ()
one_tuple = (1,)
bare_tuple = 1, 2, 3
nested = ((1, 2), [3, 4], {5: 6}, {7, 8})
empty_list = []
lst = [1, "two", 3.0, None, [5]]
trailing = [1, 2, 3,]
empty_dict = {}
d = {"a": 1, "b": 2, 3: "c", (4, 5): [6]}
s = {1, 2, 3}
const_tuple = (1, 2, "x", b"y", 3.5, None, True)
print(empty_tuple, one_tuple, bare_tuple, nested)
print(empty_list, lst, trailing, empty_dict, d, s, const_tuple)
