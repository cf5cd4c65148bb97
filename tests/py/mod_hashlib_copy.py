import hashlib
a = hashlib.sha256(b'prefix')
b = a.copy()
a.update(b'1')
b.update(b'2')
print(a.hexdigest() != b.hexdigest())
print(a.hexdigest() == hashlib.sha256(b'prefix1').hexdigest())
print(b.hexdigest() == hashlib.sha256(b'prefix2').hexdigest())
print(hashlib.sha256(bytearray(b'abc')).hexdigest() == hashlib.sha256(b'abc').hexdigest())
