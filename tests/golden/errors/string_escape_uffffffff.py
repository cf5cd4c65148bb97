# \UFFFFFFFF: CircuitPython mistakes it for its end of input and adds
# nothing; MicroPython rejects the out-of-range character.
print("a\UFFFFFFFFb")
