'\xZZ' 'b' 'c'
