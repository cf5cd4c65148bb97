class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append("exit " + self.name)
        return exc_type is KeyError


log = []
with Resource("a", log):
    log.append("body a")
with Resource("b", log) as r:
    log.append("body " + r.name)
with Resource("c", log) as r, Resource("d", log) as s:
    log.append(r.name + s.name)
with Resource("e", log), Resource("f", log) as f, Resource("g", log):
    log.append(f.name)
with Resource("h", log):
    raise KeyError("suppressed")
with Resource("i", log) as (first):
    pass
print(log)
