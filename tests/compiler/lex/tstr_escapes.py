t"\t\x41\"\\{x}" rt"\"{x}" t"\{x}" t"a\
b"
