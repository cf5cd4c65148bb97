class Recorder:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append('enter')
        return 'value'
    def __exit__(self, t, v, tb):
        self.events.append(('exit', t is not None, str(v) if v else None))
        return t is KeyError
r = Recorder()
with r as v:
    r.events.append(v)
with r:
    raise KeyError('suppressed')
try:
    with r:
        raise ValueError('escapes')
except ValueError:
    r.events.append('outer caught')
print(r.events)
def gen_in_with():
    with Recorder() as v:
        yield v
        yield 'second'
print(list(gen_in_with()))
def nested_with():
    with Recorder() as a:
        with Recorder() as b:
            return a + b
print(nested_with())
