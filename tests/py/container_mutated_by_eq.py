# Containers whose items' __eq__/__lt__ clear or grow the container mid-operation:
# lookups restart or stop as CPython's do, never read a freed table.
class K:
    def __init__(self, tgt, op): self.tgt, self.op = tgt, op
    def __hash__(self): return 1
    def __eq__(self, o):
        t = self.tgt[0]
        if self.op == 'clear': t.clear()
        elif self.op == 'grow' and not done[0]:
            done[0] = 1
            if isinstance(t, dict):
                for i in range(50): t[i] = i
            elif isinstance(t, set):
                for i in range(50): t.add(i)
            else:
                t.extend(range(50))
        return False
    def __lt__(self, o):
        self.__eq__(o)
        return False
done=[0]
def run(name, f):
    done[0] = 0
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__)
for op in ('clear', 'grow'):
    for kind in ('list', 'dict', 'set'):
        box = [None]
        def mk():
            if kind == 'list': box[0] = [K(box, op), K(box, op), 3]
            elif kind == 'dict': box[0] = {K(box, op): 1, K(box, op): 2}
            else: box[0] = {K(box, op), K(box, op)}
            return box[0]
        run(op + kind + ' in', lambda: K(box, op) in mk())
        if kind == 'list':
            run(op + ' index', lambda: mk().index(K(box, op)))
            run(op + ' count', lambda: mk().count(K(box, op)))
            run(op + ' remove', lambda: mk().remove(K(box, op)))
            run(op + ' sort', lambda: mk().sort())
            run(op + ' sortkey', lambda: mk().sort(key=lambda x: x))
            run(op + ' sorted', lambda: len(sorted(mk())))
            run(op + ' eq', lambda: mk() == [K(box, op), K(box, op), 3])
            run(op + ' lt', lambda: mk() < [K(box, op), K(box, op), 4])
            run(op + ' max', lambda: type(max(mk())).__name__)
        if kind == 'dict':
            run(op + ' get', lambda: mk().get(K(box, op)))
            run(op + ' set', lambda: mk().__setitem__(K(box, op), 4))
            run(op + ' pop', lambda: mk().pop(K(box, op), 9))
            run(op + ' deq', lambda: mk() == {K(box, op): 1, K(box, op): 2})
        if kind == 'set':
            run(op + ' add', lambda: mk().add(K(box, op)))
            run(op + ' discard', lambda: mk().discard(K(box, op)))
            run(op + ' seq', lambda: mk() == {K(box, op), K(box, op)})
            run(op + ' sub', lambda: len(mk() - {K(box, op)}))
print('done')
class K:
    def __hash__(self): return 1
    def __eq__(self, o):
        d.clear()
        return False
d = {}
d[K()] = 1
d[K()] = 2
print(K() in d)
d[K()] = 1
d[K()] = 5
print(len(d))
