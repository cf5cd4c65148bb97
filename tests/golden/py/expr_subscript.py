data = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
grid = [[1, 2], [3, 4]]
table = {"a": {"b": {"c": 1}}}
print(data[0], data[-1], grid[1][0], table["a"]["b"]["c"])
data[0] = 100
grid[0][1] = 20
table["a"]["b"]["d"] = 2
print(data, grid, table)
key = ("x", 1)
mapping = {key: "tuple key"}
print(mapping["x", 1], mapping[("x", 1)])
s = "hello"
print(s[1], s[-2], b"bytes"[0])
