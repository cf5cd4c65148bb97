seq = list(range(20))
print(seq[2:5], seq[:3], seq[17:], seq[:], seq[::2], seq[1::3], seq[::-1])
print(seq[-3:], seq[:-3], seq[-5:-2], seq[5:2:-1], seq[None:None:None])
lo, hi, step = 3, 15, 4
print(seq[lo:hi:step], seq[lo:], seq[:hi], seq[::step])
seq[0:3] = ["a", "b"]
seq[::5] = [None] * len(seq[::5])
del seq[1:3]
del seq[::4]
print(seq)
print("abcdef"[1:-1], b"abcdef"[::2], (1, 2, 3, 4)[1:3])
class Probe:
    def __getitem__(self, k):
        return k
p = Probe()
print(p[1:2], p[1:2:3], p[:, 1], p[..., 0], p[1:2, ::3])
