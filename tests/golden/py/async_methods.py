def logged(fn):
    async def wrapper(*args, **kwargs):
        result = await fn(*args, **kwargs)
        return ("logged", result)
    return wrapper


class Client:
    def __init__(self, host):
        self.host = host
        self.sent = []

    async def connect(self):
        return self

    @logged
    async def send(self, payload, *, retries=1):
        self.sent.append(payload)
        return len(payload) * retries

    @staticmethod
    async def ping():
        return "pong"

    @classmethod
    async def create(cls, host):
        return await cls(host).connect()

    async def __aenter__(self):
        return await self.connect()

    async def __aexit__(self, *exc):
        self.sent.append("closed")


async def main():
    c = await Client.create("h")
    async with Client("x") as c2:
        r = await c2.send(b"abc", retries=2)
    return r, await Client.ping(), c.host, c2.sent


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(main()))
