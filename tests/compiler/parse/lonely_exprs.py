1
None
...
"x"
"a long lonely string"
b"bytes"
1.5
1 + 2
-1
(1, 2)
()
x
f()
x.y
[1]
True
not 1
1 or 2
