x = 1
y = '\N{LATIN SMALL LETTER A}'
z = 2
