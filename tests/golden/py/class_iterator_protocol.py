class Range2:
    def __init__(self, start, stop):
        self.start = start
        self.stop = stop

    def __iter__(self):
        cur = self.start
        while cur < self.stop:
            yield cur
            cur += 2


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Range2(0, 9)), list(Countdown(4)), sum(Range2(1, 6)))
