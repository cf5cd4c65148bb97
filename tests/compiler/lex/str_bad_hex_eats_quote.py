'\x1' 'abc'
next
