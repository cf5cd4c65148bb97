R'r' B'b' F'f' U'u' Rb'x' rB'y' bR'z' ur'w'
