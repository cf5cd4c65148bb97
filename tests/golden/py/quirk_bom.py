# Source file that starts with a UTF-8 byte order mark.
value = 1
print(value)
