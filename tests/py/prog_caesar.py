def shift(text, k):
    out = []
    for c in text:
        if 'a' <= c <= 'z':
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif 'A' <= c <= 'Z':
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return ''.join(out)
msg = 'Hello, World! xyz'
enc = shift(msg, 3)
print(enc, shift(enc, -3), shift(msg, 26) == msg)
