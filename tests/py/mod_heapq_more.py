import heapq
h = [1, 3, 5]
heapq.heapify(h)
print(heapq.heapreplace(h, 4), h[0])
print(heapq.heappushpop(h, 0), heapq.heappushpop(h, 10), sorted(h))
print(heapq.nsmallest(3, [5, 1, 4, 2, 3]), heapq.nlargest(2, [5, 1, 4, 2, 3]))
print(heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len))
t = []
for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
    heapq.heappush(t, item)
print([heapq.heappop(t)[1] for _ in range(3)])
try:
    heapq.heappop([])
except IndexError:
    print('IndexError')
