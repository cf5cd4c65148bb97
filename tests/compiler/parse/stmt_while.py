while x:
    x -= 1
while x:
    pass
else:
    done()
while True:
    break
while 1:
    break
while (line := read()):
    process(line)
