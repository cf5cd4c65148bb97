# Sorting with the heap locked: no work space and no key array can be
# allocated, so the sort merges in place by rotations and computes keys per
# comparison. The result is still sorted and stable.
try:
    from micropython import heap_lock, heap_unlock
except ImportError:  # CPython: sorts the same, with memory to spare
    heap_lock = heap_unlock = lambda: None

nums = [5, 3, 9, 1, 1, 7, 2, 8, 6, 4, 0] * 3 + list(range(50, 0, -1)) + [2, 1]
down = nums[:]
pairs = [(i % 4, i) for i in range(40, 0, -1)]
two = [2, 1]
three = [3, 1, 2]
key = lambda p: p[0]
[].sort()  # the method object exists before the heap is locked
heap_lock()
nums.sort()
down.sort(reverse=True)
pairs.sort(key=key)
two.sort()
three.sort(reverse=True)
heap_unlock()
print(all(nums[i] <= nums[i + 1] for i in range(len(nums) - 1)), nums[:12], nums[-5:])
print(all(down[i] >= down[i + 1] for i in range(len(down) - 1)), down[:5])
print(pairs)
print(two, three)
