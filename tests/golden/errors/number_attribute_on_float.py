r = 5..real
