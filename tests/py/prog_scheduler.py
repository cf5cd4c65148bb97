import heapq

class Scheduler:
    def __init__(self):
        self.queue = []
        self.now = 0
        self.seq = 0
        self.log = []
    def at(self, when, name, action):
        heapq.heappush(self.queue, (when, self.seq, name, action))
        self.seq += 1
    def run(self):
        while self.queue:
            when, _, name, action = heapq.heappop(self.queue)
            self.now = when
            result = action(self)
            self.log.append('%4d %-8s %s' % (when, name, result))

def blink(period, times):
    state = {'n': 0, 'on': False}
    def step(s):
        state['on'] = not state['on']
        state['n'] += 1
        if state['n'] < times:
            s.at(s.now + period, 'blink%d' % period, step)
        return 'on' if state['on'] else 'off'
    return step

s = Scheduler()
s.at(0, 'blink50', blink(50, 4))
s.at(0, 'blink70', blink(70, 3))
s.at(120, 'report', lambda sch: 'queue=%d' % len(sch.queue))
s.run()
print('\n'.join(s.log))
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]), heapq.nlargest(2, 'hello'))
h = []
for v in [5, 3, 8, 1]:
    heapq.heappush(h, -v)
print([-heapq.heappop(h) for _ in range(len(h))])
