# A lone closing brace in a t-string.
print(t"a}b")
