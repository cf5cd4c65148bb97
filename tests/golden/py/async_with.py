class Lock:
    def __init__(self, log):
        self.log = log

    async def __aenter__(self):
        self.log.append("acquire")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.log.append("release")
        return False


async def critical(log):
    async with Lock(log) as lock:
        log.append("inside")
    async with Lock(log), Lock(log) as second:
        log.append("nested")
    try:
        async with Lock(log):
            raise ValueError("inside lock")
    except ValueError:
        log.append("handled")
    return log


async def return_inside(log):
    async with Lock(log):
        return "returned"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(critical([])), run(return_inside([])))
