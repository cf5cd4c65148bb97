'abc\
def' '''x\
y'''
