a = "a string with 'single' quotes"
b = 'a string with "double" quotes'
c = "a string with 'both' \"kinds\" here"
d = "back\\slash in a long string"
e = "tab\tand newline\nand cr\r"
f = "control \x01\x02\x1f chars"
g = "bell\a and more text"
