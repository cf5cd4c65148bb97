def bits(a, b):
    return a & b, a | b, a ^ b, a << 3, a >> 2, ~a, a & ~b | b & ~a


def pack(r, g, b):
    return ((r & 0xF8) << 8) | ((g & 0xFC) << 3) | (b >> 3)


print(bits(0b1100, 0b1010), pack(255, 128, 64))
