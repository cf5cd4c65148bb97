x = b"\N"
