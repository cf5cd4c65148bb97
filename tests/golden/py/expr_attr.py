class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt


chain = Node(1, Node(2, Node(3)))
print(chain.value, chain.next.value, chain.next.next.value)
chain.next.next.value = 30
chain.next.extra = "dynamic"
print(chain.next.next.value, chain.next.extra)
print("abc".upper().lower().startswith("a"))
print(getattr(chain, "value"), hasattr(chain, "missing"))
del chain.next.extra
print(hasattr(chain.next, "extra"))
