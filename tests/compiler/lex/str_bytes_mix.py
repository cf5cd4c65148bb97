'a' b'b' 'c'
b'x' 'y' b'z'
