# Indentation with tabs, and tabs mixed with spaces (a tab advances to the next multiple of 8).
if True:
	x = 1
	if x:
		y = 2
        z = 3

def f():
    if 1:
	return "tab after four spaces"

print(x, y, z, f())
