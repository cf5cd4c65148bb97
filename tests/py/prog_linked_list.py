class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self.size
    def reverse(self):
        prev = None
        n = self.head
        while n:
            n.next, prev, n = prev, n, n.next
        self.head = prev
    def __repr__(self):
        return ' -> '.join(str(v) for v in self)
ll = LinkedList()
for i in range(5):
    ll.push(i)
print(ll, len(ll))
ll.reverse()
print(ll, list(ll), sum(ll))
