import binascii
for s in (b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40]):
    enc = binascii.b2a_base64(s)
    print(enc, binascii.a2b_base64(enc) == s)
print(binascii.b2a_base64(b'hi', newline=False))
print(binascii.a2b_base64('aGVsbG8='), binascii.a2b_base64(b'aGVs\nbG8='))
try:
    binascii.a2b_base64(b'aGVsbG8')
except ValueError:
    print('ValueError')
