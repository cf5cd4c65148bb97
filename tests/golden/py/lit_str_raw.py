# Raw strings keep their backslashes.
pattern = r"\d+\.\d*"
path = r'C:\new\table'
quote = r"a\"b"
trailing = r"end\\"
multi = r"""raw
triple \n stays"""
multi2 = r'''single \t quoted'''
raw_bytes = rb"\x00\n"
raw_bytes2 = br'\d'
print(pattern, path, quote, trailing)
print(multi, multi2)
print(raw_bytes, raw_bytes2, len(raw_bytes))
