# An f-string in an unclosed call at the end of the file: MicroPython
# reads a line break after the injected arguments.
print(f"{1}"