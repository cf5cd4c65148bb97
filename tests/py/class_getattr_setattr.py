class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append('get ' + name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append('set ' + name)
        setattr(self._target, name, value)
class Target:
    def __init__(self):
        self.x = 1
    def hello(self):
        return 'hello from target'
t = Target()
p = Proxy(t)
print(p.x, p.hello())
p.x = 42
print(t.x, p.log)
try:
    p.nothing
except AttributeError as e:
    print('AttributeError')
class Defaults:
    def __getattr__(self, name):
        if name.startswith('opt_'):
            return None
        raise AttributeError(name)
d = Defaults()
print(d.opt_speed, hasattr(d, 'opt_x'), hasattr(d, 'other'))
