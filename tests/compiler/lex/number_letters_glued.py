1if 0x1g 1else 1_e5 1.__class__ 2abc 3or 4
