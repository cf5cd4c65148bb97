bits = 0b102
