# Blank and whitespace-only lines do not affect indentation.
if True:

    a = 1
    
	
        # an over-indented comment
  # an under-indented comment
    b = 2
print(a, b)
