# A t-string whose nested format spec never closes.
x = 1
print(t"{x:{w")
