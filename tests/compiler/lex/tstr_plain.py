t"" t"a" + t"a{x}b"
t'{x}{y}' t"""{x}"""
