class Transition(Exception):
    pass

class Machine:
    def __init__(self, table, start):
        self.table = table
        self.state = start
        self.history = [start]
    def feed(self, event):
        try:
            target = self.table[self.state][event]
        except KeyError:
            raise Transition('%s cannot handle %r' % (self.state, event)) from None
        self.state = target
        self.history.append(target)
        return target

TABLE = {
    'idle': {'coin': 'ready', 'push': 'idle'},
    'ready': {'push': 'vending', 'coin': 'ready'},
    'vending': {'done': 'idle'},
}
m = Machine(TABLE, 'idle')
for ev in ['push', 'coin', 'coin', 'push', 'done', 'kick', 'coin']:
    try:
        print(ev, '->', m.feed(ev))
    except Transition as t:
        print('error:', t)
print(' > '.join(m.history))
counts = {}
for st in m.history:
    counts[st] = counts.get(st, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

def traffic_light():
    state = 'red'
    while True:
        cmd = yield state
        if cmd == 'reset':
            state = 'red'
            continue
        state = {'red': 'green', 'green': 'yellow', 'yellow': 'red'}[state]
light = traffic_light()
print(next(light), [light.send(None) for _ in range(4)], light.send('reset'), next(light))
