import heapq
h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h[0], len(h))
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data[0], sorted(data) == [1, 2, 4, 7, 8, 9])
out = []
while data:
    out.append(heapq.heappop(data))
print(out)
