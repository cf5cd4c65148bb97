import struct
def attempt(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print('error', isinstance(e, struct.error))
attempt(struct.pack, '<b', 128)
attempt(struct.pack, '<B', -1)
attempt(struct.pack, '<H', 70000)
attempt(struct.pack, '<i')
attempt(struct.pack, '<i', 1, 2)
attempt(struct.unpack, '<i', b'\x00')
attempt(struct.calcsize, '<y')
attempt(struct.pack, '<b', 'x')
attempt(struct.pack, '<i', 5)
