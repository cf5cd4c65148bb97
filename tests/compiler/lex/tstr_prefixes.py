t = 1
tr = 2
rt = 3
print(t, tr, rt)
rt"\{x}\n" tr'{y}\t'
T"x" Rt"x" tR"x" ft"x" bt"x"
