from array import array
for code in 'bBhHiIqQ':
    a = array(code, [0, 1, 100])
    print(code, a, len(bytes(a)))
print(array('b', [-128, 127]), array('B', [0, 255]))
print(array('h', [-32768, 32767]), array('H', [0, 65535]))
print(array('i', [-2**31, 2**31 - 1]), array('I', [0, 2**32 - 1]))
print(array('q', [-2**63, 2**63 - 1]), array('Q', [0, 2**64 - 1]))
print(array('d', [1.5, -0.25, 1e100]))
print(array('f', [0.5, 0.1, 3]))
print(array('d', [1, True]))
