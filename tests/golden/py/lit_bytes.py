# Bytes literals and the operations on them.
header = b"\x89PNG\r\n\x1a\n"
ascii_bytes = b'plain ascii'
hex_esc = b"\x00\x7f\x80\xff"
octal = b"\0\01\012\177\377"
triple = b"""multi
line bytes"""
empty = b""
named = b"\\n is not a newline here"
print(header, ascii_bytes, hex_esc, octal)
print(triple, empty, named)
print(header[1:4], len(hex_esc), hex_esc[3])
print(bytes(3), bytearray(b"ab"), b"ab" * 3, b"a" + b"b")
