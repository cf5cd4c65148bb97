import binascii
print(binascii.hexlify(b'\x00\x01\xfe\xff'))
print(binascii.hexlify(b'abc', '-'), binascii.hexlify(b'abc', b':'))
print(binascii.unhexlify(b'0001feff'), binascii.unhexlify('4142'), binascii.unhexlify('AbCd'))
for bad in ('abc', 'zz'):
    try:
        binascii.unhexlify(bad)
    except ValueError:
        print('ValueError', bad)
print(binascii.hexlify(b''))
