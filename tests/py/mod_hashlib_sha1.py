import hashlib
print(hashlib.sha1(b'').hexdigest())
print(hashlib.sha1(b'abc').hexdigest())
h = hashlib.sha1(b'The quick brown fox ')
c = h.copy()
h.update(b'jumps over the lazy dog')
print(h.hexdigest(), h.digest_size)
c.update(b'x')
print(c.hexdigest())
