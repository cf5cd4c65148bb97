1 .real
1..real
x = 1.real
