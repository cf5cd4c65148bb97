import struct
import binascii

HEADER = '<BBHI'
def encode(msg_type, seq, payload):
    body = struct.pack(HEADER, 0xA5, msg_type, len(payload), seq) + payload
    crc = binascii.crc32(body) & 0xFFFFFFFF
    return body + struct.pack('<I', crc)

def decode(frame):
    size = struct.calcsize(HEADER)
    magic, msg_type, length, seq = struct.unpack_from(HEADER, frame, 0)
    if magic != 0xA5:
        raise ValueError('bad magic %02x' % magic)
    payload = frame[size:size + length]
    (crc,) = struct.unpack('<I', frame[size + length:])
    if crc != binascii.crc32(frame[:size + length]) & 0xFFFFFFFF:
        raise ValueError('bad crc')
    return msg_type, seq, payload

frames = [encode(1, 7, b'hello'), encode(2, 8, struct.pack('<hhh', -1, 2, -3)), encode(3, 9, b'')]
for f in frames:
    print(binascii.hexlify(f), decode(f))
t, s, p = decode(frames[1])
print(struct.unpack('<hhh', p))
bad = bytearray(frames[0])
bad[-1] ^= 0xFF
for frame in (bytes(bad), b'\x00' + frames[0][1:]):
    try:
        decode(frame)
    except ValueError as e:
        print('ValueError', e)
buf = bytearray(16)
struct.pack_into('>IHh', buf, 2, 0xDEADBEEF, 513, -2)
print(buf, struct.unpack_from('>IHh', buf, 2), struct.calcsize('>IHh'))
print(binascii.b2a_base64(b'binary\x00data'), binascii.a2b_base64(b'YmluYXJ5AGRhdGE=\n'))
print(struct.pack('>f', 1.5), struct.unpack('<d', struct.pack('<d', -0.25)), struct.pack('?3sx', True, b'abcd'))
