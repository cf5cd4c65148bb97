if a:
    b = 1

  # odd comment
        
	
    c = 2
# top
d = 4
