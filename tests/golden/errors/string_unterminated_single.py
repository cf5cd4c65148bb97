name = 'open
