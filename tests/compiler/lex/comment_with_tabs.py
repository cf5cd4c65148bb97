x = 1  # a	b		c
y = 2	# t
