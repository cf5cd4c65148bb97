# Only a comment, no code at all.
# A second comment line.
