x = b"\xq0"
