'a	b'	x
